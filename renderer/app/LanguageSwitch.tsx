// Thai or English, one click away on every screen.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n';
import { useAppState } from './app-state';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { preferences, setPreferences } = useAppState();
  return (
    <SegmentedControl
      aria-label={t('nav.language')}
      size="xs"
      value={preferences.language}
      onChange={(value) => {
        if (isLanguage(value)) void setPreferences({ ...preferences, language: value });
      }}
      data={[
        { value: 'th', label: 'ไทย' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
