// Merging and undoing from the screen: through the write layer as this installation, with a
// notification that offers the undo, and the refusal in the person's language.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isUserFacingError, messageIn } from '@shared/errors';
import type { MergeChoices } from '@shared/domain/volunteers/merge';
import { useInstallation } from '../../../app/app-state';
import type { VolunteerRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { mergeVolunteers, undoMerge } from '../../../db/merge-volunteers';
import { createWriter } from '../../../db/write';
import { nameOf } from './PairComparison';

export function useMergeActions() {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const writer = useMemo(() => createWriter(db, writeContextOf(installation)), [installation]);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function undo(seq: number): Promise<boolean> {
    return run(async () => {
      const entry = await db.merges.get(seq);
      await undoMerge(db, writer, seq);
      notifications.hide(`merge-${seq}`);
      if (!entry) return;
      notifications.show({
        title: t('duplicates.undoneTitle'),
        message: t('duplicates.undoneBody', {
          merged: nameOf(entry.mergedBefore),
          survivor: nameOf(entry.survivorBefore),
        }),
        color: 'gray',
        closeButtonProps: { 'aria-label': t('duplicates.closeNotice') },
      });
    });
  }

  async function merge(
    survivor: VolunteerRecord,
    merged: VolunteerRecord,
    choices: MergeChoices,
  ): Promise<boolean> {
    return run(async () => {
      const { seq } = await mergeVolunteers(db, writer, survivor.id, merged.id, choices);
      const names = { merged: nameOf(merged), survivor: nameOf(survivor) };
      notifications.show({
        id: `merge-${seq}`,
        title: t('duplicates.mergedTitle'),
        message: (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('duplicates.mergedBody', names)}</Text>
            <Button size="xs" variant="light" onClick={() => void undo(seq)}>
              {t('duplicates.undo')}
            </Button>
          </Stack>
        ),
        color: 'green',
        autoClose: 20_000,
        closeButtonProps: { 'aria-label': t('duplicates.closeNotice') },
      });
    });
  }

  return { merge, undo, isBusy, failure };
}
