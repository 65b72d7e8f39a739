// A centre's trust in the department: its public keys from the file the department hands out,
// accepted once the fingerprint read over the phone matches.
import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  departmentFingerprint,
  parseDepartmentKeys,
  type DepartmentKeys,
} from '@shared/bundle/department-keys';
import { fingerprintOf } from '@shared/bundle/enrolment';
import { useFormatDate } from '../../../app/use-format-date';
import { db } from '../../../db/db';
import { saveDepartmentKeys, type TrustState } from '../../../db/exchange/trust';
import { host } from '../../../host';
import { failureText } from '../use-busy-action';

export function DepartmentKeysCard({ trust }: { trust: TrustState }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const [candidate, setCandidate] = useState<DepartmentKeys | null>(null);

  async function pick() {
    try {
      const [file] = await host.invoke('files:open', {
        title: t('keys.importDepartment'),
        filters: [{ name: 'OPM department keys', extensions: ['json'] }],
        maxBytes: 1024 * 1024,
      });
      if (file) setCandidate(parseDepartmentKeys(new TextDecoder().decode(file.bytes)));
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  async function confirm(keys: DepartmentKeys) {
    await saveDepartmentKeys(db, keys.installations);
    setCandidate(null);
    notifications.show({ color: 'green', message: t('keys.departmentSaved') });
  }

  return (
    <Card withBorder component="section" aria-labelledby="keys-department">
      <Stack gap="xs">
        <Title order={3} size="h4" id="keys-department">
          {t('keys.departmentTitle')}
        </Title>
        <Text size="sm">{t('keys.departmentIntro')}</Text>
        {trust.departmentKeys.length === 0 ? (
          <Text c="dimmed">{t('keys.departmentNone')}</Text>
        ) : (
          <List aria-label={t('keys.departmentTitle')}>
            {trust.departmentKeys.map((entry) => (
              <List.Item key={entry.id}>
                {entry.id} · {fingerprintOf(entry.minisignPublicKey, entry.ageRecipient)}
                {entry.revokedAt &&
                  ` · ${t('keys.revoked', { date: formatDate(entry.revokedAt.slice(0, 10)) })}`}
              </List.Item>
            ))}
          </List>
        )}
        {candidate ? (
          <Alert color="blue" role="status">
            <Stack gap="xs">
              <Text fw={700}>
                {t('keys.departmentFingerprint', { fingerprint: departmentFingerprint(candidate) })}
              </Text>
              <Group>
                <Button onClick={() => void confirm(candidate)}>
                  {t('keys.confirmDepartment')}
                </Button>
                <Button variant="default" onClick={() => setCandidate(null)}>
                  {t('keys.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <div>
            <Button variant="light" onClick={() => void pick()}>
              {t('keys.importDepartment')}
            </Button>
          </div>
        )}
      </Stack>
    </Card>
  );
}
