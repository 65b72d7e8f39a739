// Deleting a round from its page: the refusal in the person's language, or a notification that
// offers to undo the deletion.
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { deleteRound, restoreRound } from '../../../db/training/rounds';
import { createWriter } from '../../../db/write';

export function useRoundDelete() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const installation = useInstallation();
  const showRefusal = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
    });

  async function undo(roundId: string, name: string, noticeId: string) {
    try {
      await restoreRound(db, createWriter(db, writeContextOf(installation)), roundId);
      notifications.hide(noticeId);
      notifications.show({ color: 'gray', message: t('training.overview.restored', { name }) });
      void navigate(`/training/rounds/${roundId}`);
    } catch (error) {
      showRefusal(error);
    }
  }

  return async function remove(roundId: string, name: string): Promise<void> {
    try {
      await deleteRound(db, createWriter(db, writeContextOf(installation)), roundId);
    } catch (error) {
      showRefusal(error);
      return;
    }
    const noticeId = `round-deleted-${roundId}`;
    notifications.show({
      id: noticeId,
      color: 'teal',
      autoClose: 20_000,
      closeButtonProps: { 'aria-label': t('training.overview.closeNotice') },
      message: (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('training.overview.deleted', { name })}</Text>
          <Button size="xs" variant="light" onClick={() => void undo(roundId, name, noticeId)}>
            {t('training.overview.undo')}
          </Button>
        </Stack>
      ),
    });
    void navigate('/training');
  };
}
