// The installations in the keyring, with their fingerprints and state, and revocation with a date.
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintOf } from '@shared/bundle/enrolment';
import type { KeyringInstallation } from '@shared/bundle/keyring';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { useFormatDate } from '../../../app/use-format-date';
import { ThaiDateInput } from '../../../components/ThaiDateInput';
import { db } from '../../../db/db';
import { revoke } from '../../../db/exchange/keyring-admin';
import { failureText } from '../use-busy-action';

export function KeyringTable({ installations }: { installations: KeyringInstallation[] }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());

  async function confirmRevoke(id: string, on: string) {
    try {
      await revoke(db, id, `${on}T00:00:00.000Z`, new Date().toISOString());
      notifications.show({ color: 'green', message: t('keyring.revoked', { id }) });
      setRevoking(null);
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  if (installations.length === 0) return <Text c="dimmed">{t('keyring.empty')}</Text>;
  return (
    <>
      <Table striped withTableBorder aria-label={t('keyring.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('keyring.installation')}</Table.Th>
            <Table.Th>{t('keyring.organisation')}</Table.Th>
            <Table.Th>{t('keyring.fingerprint')}</Table.Th>
            <Table.Th>{t('keyring.validFrom')}</Table.Th>
            <Table.Th>{t('keyring.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {installations.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{entry.id}</Table.Td>
              <Table.Td>{entry.organisation}</Table.Td>
              <Table.Td ff="monospace">
                {fingerprintOf(entry.minisignPublicKey, entry.ageRecipient)}
              </Table.Td>
              <Table.Td>{formatDate(entry.validFrom.slice(0, 10))}</Table.Td>
              <Table.Td>
                {entry.revokedAt ? (
                  <Badge color="red">
                    {t('keyring.revokedOn', { date: formatDate(entry.revokedAt.slice(0, 10)) })}
                  </Badge>
                ) : (
                  <Badge color="green">{t('keyring.active')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!entry.revokedAt && (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => setRevoking(entry.id)}
                  >
                    {t('keyring.revoke', { id: entry.id })}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('keyring.revokeTitle', { id: revoking }) : ''}
      >
        {revoking && (
          <Stack>
            <Text size="sm">{t('keyring.revokeBody', { id: revoking })}</Text>
            <ThaiDateInput
              label={t('keyring.revokeDate')}
              value={date}
              onChange={(v) => setDate(v)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t('keyring.cancel')}
              </Button>
              <Button
                color="red"
                disabled={!date}
                onClick={() => date && void confirmRevoke(revoking, date)}
              >
                {t('keyring.confirmRevoke')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
