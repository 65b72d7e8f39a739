// Whose signatures a certificate check trusts: the keyring (or the department's keys) held here,
// and this installation's own key, so that it always recognises the certificates it issued itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { parsePublicKey } from '@shared/bundle/minisign';
import type { TrustedKey } from '@shared/bundle/read-bundle';
import type { InstallationKeys } from '@shared/host';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { knownInstallations, loadTrust, trustOf } from '../../../db/exchange/trust';
import { host } from '../../../host';

export type CertificateTrust = (installationId: string) => TrustedKey | null;

/** The trust to check with; undefined while it is being read. */
export function useCertificateTrust(): CertificateTrust | undefined {
  const installation = useInstallation();
  const state = useLiveQuery(() => loadTrust(db), []);
  const [ownKeys, setOwnKeys] = useState<InstallationKeys | null | undefined>(undefined);

  useEffect(() => {
    let isCurrent = true;
    host
      .invoke('keys:public')
      .catch(() => null)
      .then((keys) => {
        if (isCurrent) setOwnKeys(keys);
      });
    return () => {
      isCurrent = false;
    };
  }, []);

  return useMemo(() => {
    if (state === undefined || ownKeys === undefined) return undefined;
    const listed = trustOf(state);
    const ownId = installation.installationId;
    // The keyring's word wins (a revocation above all); the own key only fills a gap in it.
    const isListed = knownInstallations(state).some((entry) => entry.id === ownId);
    const own: TrustedKey | null =
      !isListed && ownKeys?.installationId === ownId
        ? { ...parsePublicKey(ownKeys.minisignPublicKey), revokedAt: null }
        : null;
    return (id: string) => listed(id) ?? (id === ownId ? own : null);
  }, [state, ownKeys, installation.installationId]);
}
