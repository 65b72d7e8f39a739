// Settings: language and date digits, and this computer's organisation (read-only after setup).
import { Card, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { useAppState, useInstallation } from '../../app/app-state';
import { useFormatDate } from '../../app/use-format-date';
import { isLanguage } from '../../i18n';

export function SettingsPage() {
  const { t } = useTranslation();
  const { preferences, setPreferences } = useAppState();
  const installation = useInstallation();
  const formatDate = useFormatDate();
  return (
    <Stack maw={640}>
      <Title order={2}>{t('settings.title')}</Title>
      <Card withBorder>
        <Stack>
          <div>
            <Text id="settings-language" fw={500} mb={4}>
              {t('settings.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-language"
              value={preferences.language}
              onChange={(value) => {
                if (isLanguage(value)) void setPreferences({ ...preferences, language: value });
              }}
              data={[
                { value: 'th', label: t('settings.thai') },
                { value: 'en', label: t('settings.english') },
              ]}
            />
          </div>
          <Switch
            label={t('settings.thaiDigits')}
            checked={preferences.thaiDigits}
            onChange={(event) =>
              void setPreferences({ ...preferences, thaiDigits: event.currentTarget.checked })
            }
          />
          <Text size="sm" c="dimmed">
            {t('settings.dateExample', { date: formatDate(todayIso(), 'long') })}
          </Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {t('settings.organisation')}
        </Title>
        <Text>
          {installation.organisation.nameTh} ({installation.organisation.code})
        </Text>
        <Text>{t('setup.installationId', { id: installation.installationId })}</Text>
      </Card>
    </Stack>
  );
}
