// Decides what a verified bundle would do to this database, without writing: its place in the
// issuer's history (from the exchange log), every record's schema and owner, and the counts.
import type { Table } from 'dexie';
import {
  checkAddressedTo,
  judgeOrder,
  parseRecords,
  type AppliedBundle,
} from '@shared/bundle/exchange-rules';
import type { VerifiedBundle } from '@shared/bundle/read-bundle';
import { exchangedTableNames } from '@shared/bundle/record-schemas';
import { isUserFacingError, type UserMessage } from '@shared/errors';
import type { AppDB, ExchangeCounts, ExchangedTableName, ExchangedTables } from '../app-db';
import type { IncomingRecord } from '../receive';
import type { WriteContext } from '../write-context';
import { effectBesideConflicts, openConflictsOf } from './open-conflicts';

export type IncomingTables = { [N in ExchangedTableName]?: IncomingRecord<N>[] };

export type BundlePlan = { bundle: VerifiedBundle } & (
  | { outcome: 'apply'; records: IncomingTables; counts: Record<string, ExchangeCounts> }
  | { outcome: 'no-op'; reason: UserMessage }
  | { outcome: 'rejected'; code: string; reason: UserMessage }
);

/** The bundles applied from `issuer`, as the exchange log remembers them. */
export async function appliedFrom(db: AppDB, issuer: string): Promise<AppliedBundle[]> {
  const entries = await db.exchangeLog
    .where('[issuer+sequence]')
    .between([issuer, 0], [issuer, Number.MAX_SAFE_INTEGER], true, true)
    .filter((e) => e.direction === 'read' && e.outcome === 'applied')
    .toArray();
  return entries.map(({ sequence, manifestSha256, upTo }) => ({ sequence, manifestSha256, upTo }));
}

export async function planBundle(
  db: AppDB,
  context: WriteContext,
  bundle: VerifiedBundle,
): Promise<BundlePlan> {
  const { manifest } = bundle;
  try {
    checkAddressedTo(manifest, context.organisation);
    const order = judgeOrder(
      manifest,
      bundle.manifestSha256,
      await appliedFrom(db, manifest.issuer),
    );
    if (order.kind === 'no-op') return { bundle, outcome: 'no-op', reason: order.reason };
    const records = parseRecords(manifest, bundle.tables) as IncomingTables;
    const counts: Record<string, ExchangeCounts> = {};
    for (const name of exchangedTableNames) {
      const incoming = records[name];
      if (!incoming) continue;
      const table = db.table(name) as Table<ExchangedTables[typeof name], string>;
      const ids = incoming.map((r) => r.id);
      const existing = await table.bulkGet(ids);
      const open = await openConflictsOf(db, name, ids);
      const tally: ExchangeCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
      incoming.forEach((record, i) => {
        tally[effectBesideConflicts(record.vv, existing[i]?.vv, open.get(record.id) ?? [])]++;
      });
      counts[name] = tally;
    }
    return { bundle, outcome: 'apply', records, counts };
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
    return { bundle, outcome: 'rejected', code: error.code, reason: error.text };
  }
}
