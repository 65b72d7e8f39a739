// Resolving from the screen: as this installation, with a notification once saved, back to the
// list, and the refusal in the person's language.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import type { ConflictChoice } from '../../../db/exchange/conflict-choice';
import { resolveConflict } from '../../../db/exchange/resolve-conflict';
import { writeContextOf } from '../../../db/installation';

export function useResolve(seq: number, name: string) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const navigate = useNavigate();
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function resolve(choice: ConflictChoice): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await resolveConflict(db, writeContextOf(installation), seq, choice);
      notifications.show({
        title: t('conflicts.resolvedTitle'),
        message: t('conflicts.resolvedBody', { name }),
        color: 'green',
        closeButtonProps: { 'aria-label': t('conflicts.closeNotice') },
      });
      await navigate('/exchange/conflicts');
    } catch (error) {
      setFailure(isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error));
    } finally {
      setBusy(false);
    }
  }

  return { resolve, isBusy, failure };
}
