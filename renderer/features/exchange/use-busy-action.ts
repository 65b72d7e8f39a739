// A person's action on an exchange screen: busy while it runs, and on failure a red notification
// that says why, in the app's language.
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserFacingError, messageIn } from '@shared/errors';

export function failureText(error: unknown, language: string): string {
  return isUserFacingError(error) ? messageIn(error.text, language) : String(error);
}

export function useBusyAction(): {
  busy: boolean;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (error) {
        notifications.show({ color: 'red', message: failureText(error, i18n.language) });
      } finally {
        setBusy(false);
      }
    },
    [i18n.language],
  );
  return { busy, run };
}
