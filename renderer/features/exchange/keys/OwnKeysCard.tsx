// This installation's public keys and fingerprint, their creation, and the enrolment file.
import { Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { enrolmentFileName, enrolmentFileText, fingerprintOf } from '@shared/bundle/enrolment';
import type { InstallationKeys } from '@shared/host';
import { useInstallation } from '../../../app/app-state';
import { host } from '../../../host';
import { useBusyAction } from '../use-busy-action';

type Props = { keys: InstallationKeys | null; onCreated: () => void };

export function OwnKeysCard({ keys, onCreated }: Props) {
  const { t } = useTranslation();
  const installation = useInstallation();
  const { busy, run: act } = useBusyAction();

  const create = () =>
    act(async () => {
      await host.invoke('keys:create', { installationId: installation.installationId });
      notifications.show({ color: 'green', message: t('keys.created') });
      onCreated();
    });

  const saveEnrolment = (own: InstallationKeys) =>
    act(async () => {
      const text = enrolmentFileText({
        format: 'opm-enrolment',
        version: 1,
        installationId: own.installationId,
        organisation: installation.organisation.code,
        organisationName: installation.organisation.nameTh,
        minisignPublicKey: own.minisignPublicKey,
        ageRecipient: own.ageRecipient,
        createdAt: own.createdAt,
      });
      await host.invoke('files:save', {
        suggestedName: enrolmentFileName(own.installationId),
        bytes: new TextEncoder().encode(text),
        filters: [{ name: 'OPM enrolment', extensions: ['json'] }],
      });
    });

  if (!keys) {
    return (
      <Card withBorder>
        <Stack>
          <Text>{t('keys.none')}</Text>
          <div>
            <Button onClick={() => void create()} loading={busy}>
              {t('keys.create')}
            </Button>
          </div>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="keys-own">
      <Stack gap="xs">
        <Title order={3} size="h4" id="keys-own">
          {t('keys.installation')} {keys.installationId}
        </Title>
        <Text size="sm">{t('keys.fingerprint')}</Text>
        <Text fz="xl" fw={700} ff="monospace" aria-label={t('keys.fingerprint')}>
          {fingerprintOf(keys.minisignPublicKey, keys.ageRecipient)}
        </Text>
        <Text size="sm">
          {t('keys.keyId')}: <Code>{keys.keyId}</Code>
        </Text>
        <Text size="sm">{t('keys.minisign')}</Text>
        <Code block>{keys.minisignPublicKey}</Code>
        <Text size="sm">{t('keys.age')}</Text>
        <Code block>{keys.ageRecipient}</Code>
        <Title order={4} size="h5" mt="sm">
          {t('keys.enrolmentTitle')}
        </Title>
        <Text size="sm">{t('keys.enrolmentIntro')}</Text>
        <div>
          <Button variant="light" onClick={() => void saveEnrolment(keys)} loading={busy}>
            {t('keys.saveEnrolment')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
