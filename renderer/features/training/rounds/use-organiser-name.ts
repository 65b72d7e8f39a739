// An organiser's name for the screen: from the register of organisations, this installation's own
// organisation when the register does not hold it, else its code.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { organiserName } from '../../../db/training/organiser-name';

/** Names a code the register did not know (`known` is the code itself) when it is our own. */
export function useOwnNameFallback(): (code: string, known: string) => string {
  const own = useInstallation().organisation;
  return useCallback(
    (code, known) => (known === code && code === own.code ? own.nameTh : known),
    [own.code, own.nameTh],
  );
}

export function useOrganiserName(code: string): string {
  const own = useInstallation().organisation;
  return useLiveQuery(() => organiserName(db, code, own), [code, own])?.nameTh ?? code;
}
