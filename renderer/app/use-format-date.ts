// Buddhist-era date formatting in the app's language and digit preference.
import { useCallback } from 'react';
import { formatDate, formatDateTime, type DateStyle } from '@shared/domain/dates/buddhist-era';
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

/** The date and time of an instant, in the same language and digits. */
export function useFormatDateTime(): (isoInstant: string) => string {
  const { preferences } = useAppState();
  return useCallback(
    (isoInstant) =>
      formatDateTime(isoInstant, {
        language: preferences.language,
        style: 'short',
        thaiDigits: preferences.thaiDigits,
      }),
    [preferences.language, preferences.thaiDigits],
  );
}
