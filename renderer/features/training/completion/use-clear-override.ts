// Going back to the computed verdict of a participant, through the write layer.
import { useCallback } from 'react';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { clearOverride } from '../../../db/training/completion';
import { createWriter } from '../../../db/write';
import { useBusyAction } from '../../exchange/use-busy-action';

export function useClearOverride(): (participantId: string) => Promise<void> {
  const installation = useInstallation();
  const { run } = useBusyAction();
  return useCallback(
    (participantId: string) =>
      run(async () => {
        await clearOverride(createWriter(db, writeContextOf(installation)), participantId);
      }),
    [installation, run],
  );
}
