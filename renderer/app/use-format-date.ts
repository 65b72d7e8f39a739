// Buddhist-era date formatting in the app's language and digit preference.
import { useCallback } from 'react';
import { formatDate, type DateStyle } from '@shared/domain/dates/buddhist-era';
import { useAppState } from './app-state';

export function useFormatDate(): (isoDate: string, style?: DateStyle) => string {
  const { preferences } = useAppState();
  return useCallback(
    (isoDate, style = 'short') =>
      formatDate(isoDate, {
        language: preferences.language,
        style,
        thaiDigits: preferences.thaiDigits,
      }),
    [preferences.language, preferences.thaiDigits],
  );
}
