// What the exchange screens need to know of this installation: its public keys (from the host), whom
// it trusts, and how many conflicts wait for a person.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { InstallationKeys } from '@shared/host';
import { db } from '../../db/db';
import { loadTrust, type TrustState } from '../../db/exchange/trust';
import { host } from '../../host';

export type ExchangeState = {
  /** Undefined while the host is asked; null when this installation has no keys yet. */
  keys: InstallationKeys | null | undefined;
  trust: TrustState | undefined;
  openConflicts: number | undefined;
  refreshKeys: () => void;
};

export function useExchangeState(): ExchangeState {
  const [keys, setKeys] = useState<InstallationKeys | null | undefined>(undefined);
  const refreshKeys = useCallback(() => {
    host.invoke('keys:public').then(setKeys, () => setKeys(null));
  }, []);
  useEffect(refreshKeys, [refreshKeys]);
  const trust = useLiveQuery(() => loadTrust(db), []);
  const openConflicts = useLiveQuery(() => db.conflicts.count(), []);
  return { keys, trust, openConflicts, refreshKeys };
}
