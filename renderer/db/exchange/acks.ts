// What other installations acknowledged of ours (bundle-format.md, manifest `acks`): kept in the
// meta table when their bundles are applied, and read to start the next export where they stand.
import { parseInstallationId } from '@shared/domain/organisations/codes';
import type { AppDB } from '../app-db';

const ACKS_KEY = 'acksReceived';

/** Issuing installation → the acks of its latest applied bundle. */
export type AcksReceived = Record<string, Record<string, number>>;

export async function acksReceived(db: AppDB): Promise<AcksReceived> {
  const row = await db.meta.get(ACKS_KEY);
  return (row?.value as AcksReceived | undefined) ?? {};
}

/** Call inside the transaction that applies the bundle of `issuer`. */
export async function rememberAcks(
  db: AppDB,
  issuer: string,
  acks: Record<string, number>,
): Promise<void> {
  const all = await acksReceived(db);
  await db.meta.put({ key: ACKS_KEY, value: { ...all, [issuer]: { ...acks } } });
}

/**
 * Where an export from `installationId` to `recipient` starts: the least that any installation of
 * the recipient acknowledged, so that none of them misses a change (0, a full export, when none did).
 */
export async function sinceFor(
  db: AppDB,
  installationId: string,
  recipient: string,
): Promise<number> {
  const all = await acksReceived(db);
  const acknowledged = Object.entries(all)
    .filter(([issuer]) => parseInstallationId(issuer)?.organisation === recipient)
    .map(([, acks]) => acks[installationId] ?? 0);
  return acknowledged.length === 0 ? 0 : Math.min(...acknowledged);
}
