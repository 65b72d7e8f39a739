// Backs the secret keys up as password-protected files in minisign's and age's own formats.
import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallationKeys } from '@shared/host';
import { host } from '../../../host';
import { useBusyAction } from '../use-busy-action';

export const MIN_PASSWORD_LENGTH = 10;

export function BackupCard({ keys }: { keys: InstallationKeys }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const { busy, run } = useBusyAction();
  const problem =
    password.length > 0 && password.length < MIN_PASSWORD_LENGTH
      ? t('keys.passwordShort')
      : again.length > 0 && again !== password
        ? t('keys.passwordsDiffer')
        : null;

  const backup = () =>
    run(async () => {
      const { minisignKey, ageKey } = await host.invoke('keys:backup', { password });
      const encode = (text: string) => new TextEncoder().encode(text);
      await host.invoke('files:save', {
        suggestedName: `${keys.installationId}.minisign.key`,
        bytes: encode(minisignKey),
        filters: [{ name: 'minisign key', extensions: ['key'] }],
      });
      await host.invoke('files:save', {
        suggestedName: `${keys.installationId}.age.key.age`,
        bytes: encode(ageKey),
        filters: [{ name: 'age key', extensions: ['age'] }],
      });
      setPassword('');
      setAgain('');
      notifications.show({ color: 'green', message: t('keys.backedUp') });
    });

  return (
    <Card withBorder component="section" aria-labelledby="keys-backup">
      <Stack gap="xs">
        <Title order={3} size="h4" id="keys-backup">
          {t('keys.backupTitle')}
        </Title>
        <Text size="sm">{t('keys.backupIntro')}</Text>
        <Group grow align="flex-start">
          <PasswordInput
            label={t('keys.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <PasswordInput
            label={t('keys.passwordAgain')}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={problem}
            autoComplete="new-password"
          />
        </Group>
        <div>
          <Button
            onClick={() => void backup()}
            loading={busy}
            disabled={password.length < MIN_PASSWORD_LENGTH || again !== password}
          >
            {t('keys.backup')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
