// Restores this installation's keys from the password-protected backup files.
import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import { host } from '../../../host';
import { useBusyAction } from '../use-busy-action';
import { failureText } from '../use-busy-action';

type Picked = { name: string; text: string } | null;

export function RestoreCard({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [minisignKey, setMinisignKey] = useState<Picked>(null);
  const [ageKey, setAgeKey] = useState<Picked>(null);
  const [password, setPassword] = useState('');
  const { busy, run } = useBusyAction();

  async function pick(title: string, extensions: string[], set: (p: Picked) => void) {
    try {
      const [file] = await host.invoke('files:open', {
        title,
        filters: [{ name: title, extensions }],
        maxBytes: 64 * 1024,
      });
      if (file) set({ name: file.name, text: new TextDecoder().decode(file.bytes) });
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  const restore = () =>
    run(async () => {
      if (!minisignKey || !ageKey) return;
      await host.invoke('keys:restore', {
        installationId: installation.installationId,
        minisignKey: minisignKey.text,
        ageKey: ageKey.text,
        password,
      });
      setPassword('');
      notifications.show({ color: 'green', message: t('keys.restored') });
      onRestored();
    });

  return (
    <Card withBorder component="section" aria-labelledby="keys-restore">
      <Stack gap="xs">
        <Title order={3} size="h4" id="keys-restore">
          {t('keys.restoreTitle')}
        </Title>
        <Text size="sm">{t('keys.restoreIntro')}</Text>
        <Group>
          <Button
            variant="default"
            onClick={() => void pick(t('keys.minisignFile'), ['key'], setMinisignKey)}
          >
            {t('keys.minisignFile')}: {minisignKey?.name ?? t('keys.chooseFile')}
          </Button>
          <Button
            variant="default"
            onClick={() => void pick(t('keys.ageFile'), ['age', 'key'], setAgeKey)}
          >
            {t('keys.ageFile')}: {ageKey?.name ?? t('keys.chooseFile')}
          </Button>
        </Group>
        <PasswordInput
          label={t('keys.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
        />
        <div>
          <Button
            onClick={() => void restore()}
            loading={busy}
            disabled={!minisignKey || !ageKey || password.length === 0}
          >
            {t('keys.restore')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
