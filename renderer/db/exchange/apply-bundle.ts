// Applies a verified bundle in one transaction (bundle-format.md: all of it or none of it): plans it
// against the exchange log, receives each table's records, flags possible duplicates, logs the outcome.
import type { VerifiedBundle } from '@shared/bundle/read-bundle';
import { exchangedTableNames } from '@shared/bundle/record-schemas';
import type { AppDB, ExchangeCounts, ExchangeLogEntry, FlagEntry } from '../app-db';
import { receiveRecords, type IncomingRecord } from '../receive';
import { nowIso, type WriteContext } from '../write-context';
import { rememberAcks } from './acks';
import { planBundle, type BundlePlan, type IncomingTables } from './plan-bundle';

export type ApplyResult = { plan: BundlePlan; log: ExchangeLogEntry };

export async function applyBundle(
  db: AppDB,
  context: WriteContext,
  bundle: VerifiedBundle,
  /** The file it was read from, for the exchange log. */
  fileName?: string,
): Promise<ApplyResult> {
  const tables = [
    ...exchangedTableNames.map((name) => db.table(name)),
    db.exchangeLog,
    db.flags,
    db.conflicts,
    db.audit,
    db.meta,
  ];
  return db.transaction('rw', tables, async () => {
    // Planned inside the transaction, so that the log cannot change between the check and the write.
    const plan = await planBundle(db, context, bundle);
    const { manifest, manifestSha256 } = bundle;
    const at = nowIso(context);
    const log: ExchangeLogEntry = {
      direction: 'read',
      kind: 'records',
      ...(fileName === undefined ? {} : { fileName }),
      issuer: manifest.issuer,
      recipient: manifest.recipient,
      sequence: manifest.sequence,
      manifestSha256,
      outcome: plan.outcome === 'apply' ? 'applied' : plan.outcome,
      reason: plan.outcome === 'apply' ? null : plan.reason,
      counts: {},
      since: manifest.since,
      upTo: manifest.upTo,
      at,
    };
    if (plan.outcome === 'apply') {
      log.counts = await receiveAll(db, context, plan.records);
      await flagPossibleDuplicates(db, plan.records.volunteers ?? [], at);
      await rememberAcks(db, manifest.issuer, manifest.acks);
    }
    log.seq = await db.exchangeLog.add(log);
    return { plan, log };
  });
}

async function receiveAll(
  db: AppDB,
  context: WriteContext,
  records: IncomingTables,
): Promise<Record<string, ExchangeCounts>> {
  const counts: Record<string, ExchangeCounts> = {};
  for (const name of exchangedTableNames) {
    const incoming = records[name];
    if (incoming) counts[name] = await receiveRecords(db, context, name, incoming);
  }
  return counts;
}

/**
 * An incoming live volunteer whose national id is also a different live local volunteer's is flagged
 * for a person to look at; nothing is merged or dropped (two centres may register the same person).
 */
async function flagPossibleDuplicates(
  db: AppDB,
  incoming: readonly IncomingRecord<'volunteers'>[],
  at: string,
): Promise<void> {
  const live = incoming.filter((volunteer) => volunteer.deletedAt === null);
  // One walk of the index for the whole bundle. `ix` is empty on a tombstone, so it finds live
  // records only.
  const holders = new Map<string, string[]>();
  await db.volunteers
    .where('ix.nid')
    .anyOf(live.map((volunteer) => volunteer.nationalId))
    .eachKey((key, cursor) => {
      const ids = holders.get(String(key)) ?? [];
      ids.push(String(cursor.primaryKey));
      holders.set(String(key), ids);
    });
  const flags: FlagEntry[] = [];
  for (const volunteer of live) {
    const others = (holders.get(volunteer.nationalId) ?? []).filter((id) => id !== volunteer.id);
    for (const otherId of others) {
      const known = await db.flags
        .where('[table+recordId]')
        .equals(['volunteers', volunteer.id])
        .filter((f) => f.kind === 'possible-duplicate' && f.otherId === otherId)
        .count();
      if (known === 0) {
        flags.push({
          table: 'volunteers',
          recordId: volunteer.id,
          kind: 'possible-duplicate',
          otherId,
          at,
        });
      }
    }
  }
  await db.flags.bulkAdd(flags);
}
