// The write layer for this installation, and a way to run a write that reports a refusal in the
// app's language.
import { useMemo } from 'react';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { createWriter, type Writer } from '../../../db/write';

export function useParticipantWriter(): Writer {
  const installation = useInstallation();
  return useMemo(() => createWriter(db, writeContextOf(installation)), [installation]);
}

export function failureText(error: unknown, language: string): string {
  return isUserFacingError(error) ? messageIn(error.text, language) : String(error);
}
