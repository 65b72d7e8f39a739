// Enrolment files waiting for the officer's word: each shows its fingerprint, to compare with what the
// centre reads out on the phone, and is added to the keyring only when confirmed.
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintOf, parseEnrolment, type Enrolment } from '@shared/bundle/enrolment';
import type { KeyringInstallation } from '@shared/bundle/keyring';
import { db } from '../../../db/db';
import { enrol } from '../../../db/exchange/keyring-admin';
import { host } from '../../../host';
import { failureText } from '../use-busy-action';

export function EnrolmentCandidates({ installations }: { installations: KeyringInstallation[] }) {
  const { t, i18n } = useTranslation();
  const [candidates, setCandidates] = useState<Enrolment[]>([]);
  const drop = (id: string) => setCandidates((all) => all.filter((c) => c.installationId !== id));

  async function pick() {
    try {
      const files = await host.invoke('files:open', {
        title: t('keyring.importEnrolments'),
        filters: [{ name: 'OPM enrolment', extensions: ['json'] }],
        multiple: true,
        maxBytes: 64 * 1024,
      });
      const parsed: Enrolment[] = [];
      for (const file of files) {
        try {
          parsed.push(parseEnrolment(new TextDecoder().decode(file.bytes)));
        } catch (error) {
          notifications.show({
            color: 'red',
            message: `${file.name}: ${failureText(error, i18n.language)}`,
          });
        }
      }
      setCandidates(parsed);
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  async function add(candidate: Enrolment) {
    try {
      await enrol(db, candidate, new Date().toISOString());
      drop(candidate.installationId);
      notifications.show({
        color: 'green',
        message: t('keyring.added', { id: candidate.installationId }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  return (
    <Stack>
      <div>
        <Button variant="light" onClick={() => void pick()}>
          {t('keyring.importEnrolments')}
        </Button>
      </div>
      {candidates.map((candidate) => {
        const known = installations.find((e) => e.id === candidate.installationId);
        const rekeyed = known && known.minisignPublicKey !== candidate.minisignPublicKey;
        return (
          <Card
            withBorder
            key={candidate.installationId}
            component="section"
            aria-label={candidate.installationId}
          >
            <Stack gap="xs">
              <Text fw={600}>
                {t('keyring.candidate', {
                  id: candidate.installationId,
                  name: candidate.organisationName,
                })}
              </Text>
              <Text fz="lg" ff="monospace">
                {t('keyring.candidateFingerprint', {
                  fingerprint: fingerprintOf(candidate.minisignPublicKey, candidate.ageRecipient),
                })}
              </Text>
              {rekeyed && <Alert color="yellow">{t('keyring.reenrol')}</Alert>}
              <Group>
                <Button onClick={() => void add(candidate)}>{t('keyring.confirmAdd')}</Button>
                <Button variant="default" onClick={() => drop(candidate.installationId)}>
                  {t('keyring.skip')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
