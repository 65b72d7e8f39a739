// Puts copies of records owned by other organisations, as they arrive, by their version vectors
// (bundle-format.md, "Records"): newer replaces, older or equal is left, concurrent is a conflict
// that keeps the local copy in force.
import type { Table } from 'dexie';
import { compareVectors } from '@shared/domain/records/version-vector';
import type { AppDB, ExchangedTableName, ExchangedTables } from './app-db';
import { withDerivedFields } from './derived-fields';
import type { WriteContext } from './write-context';
import { nowIso } from './write-context';

/** A record as it arrives: without this installation's local fields. */
export type IncomingRecord<N extends ExchangedTableName> = Omit<ExchangedTables[N], 'lc' | 'ix'>;

export type ReceiveCounts = {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
};

/** Applies incoming records (without the local `lc`) in one transaction. */
export async function receiveRecords<N extends ExchangedTableName>(
  db: AppDB,
  context: WriteContext,
  name: N,
  incoming: readonly IncomingRecord<N>[],
): Promise<ReceiveCounts> {
  const table = db.table(name) as Table<ExchangedTables[N], string>;
  return db.transaction('rw', [table, db.audit, db.conflicts], async () => {
    const counts: ReceiveCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
    const existing = await table.bulkGet(incoming.map((r) => r.id));
    const puts: ExchangedTables[N][] = [];
    const conflicts: IncomingRecord<N>[] = [];
    const at = nowIso(context);
    incoming.forEach((record, i) => {
      const local = existing[i];
      // A received copy is not a local change: it takes change number 0.
      const stored = withDerivedFields(name, { ...record, lc: 0 } as ExchangedTables[N]);
      if (!local) {
        counts.added++;
        puts.push(stored);
        return;
      }
      const order = compareVectors(record.vv, local.vv);
      if (order === 'dominates') {
        counts.updated++;
        puts.push(stored);
      } else if (order === 'concurrent') {
        counts.conflicts++;
        conflicts.push(record);
      } else counts.unchanged++;
    });
    await table.bulkPut(puts);
    await db.conflicts.bulkAdd(
      conflicts.map((r) => ({ table: name, recordId: r.id, incoming: { ...r }, receivedAt: at })),
    );
    if (puts.length > 0) {
      await db.audit.add({
        at,
        installation: context.installationId,
        table: name,
        recordIds: puts.map((r) => r.id),
        kind: 'receive',
        fields: [],
      });
    }
    return counts;
  });
}
