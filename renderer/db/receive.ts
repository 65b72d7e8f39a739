// Puts copies of records owned by other organisations, as they arrive, by their version vectors
// (bundle-format.md, "Records"): newer replaces, older or equal is left, concurrent is a conflict
// that keeps the local copy in force; a version that covers an open conflict's both sides closes it.
import type { Table } from 'dexie';
import type {
  AppDB,
  AuditEntry,
  ConflictEntry,
  ExchangedTableName,
  ExchangedTables,
} from './app-db';
import { withDerivedFields } from './derived-fields';
import {
  closeConflicts,
  closingOf,
  coveredBy,
  effectBesideConflicts,
  openConflictsOf,
  type ConflictAuditEntry,
  type ConflictClosing,
} from './exchange/open-conflicts';
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
    const ids = incoming.map((r) => r.id);
    const existing = await table.bulkGet(ids);
    const open = await openConflictsOf(db, name, ids);
    const puts: ExchangedTables[N][] = [];
    const conflicts: ConflictEntry[] = [];
    const closings: ConflictClosing[] = [];
    const at = nowIso(context);
    incoming.forEach((record, i) => {
      const local = existing[i];
      const pending = open.get(record.id) ?? [];
      const effect = effectBesideConflicts(record.vv, local?.vv, pending);
      counts[effect]++;
      if (effect === 'unchanged') return;
      // A version newer than an open conflict's incoming one holds both of its sides (when it
      // replaces the local copy) or replaces its incoming side (when it is itself concurrent).
      for (const covered of coveredBy(record.vv, pending))
        closings.push(closingOf(covered, 'superseded'));
      if (effect === 'conflicts') {
        conflicts.push({
          table: name,
          recordId: record.id,
          incoming: { ...record },
          receivedAt: at,
        });
        return;
      }
      // A received copy is not a local change: it takes change number 0.
      puts.push(withDerivedFields(name, { ...record, lc: 0 } as ExchangedTables[N]));
    });
    await table.bulkPut(puts);
    await closeConflicts(db, closings);
    await db.conflicts.bulkAdd(conflicts);
    const recordIds = [...new Set([...puts.map((r) => r.id), ...closings.map((c) => c.recordId)])];
    if (recordIds.length > 0) {
      const entry: AuditEntry = {
        at,
        installation: context.installationId,
        table: name,
        recordIds,
        kind: 'receive',
        fields: [],
      };
      const closed: ConflictAuditEntry = { ...entry, conflicts: closings };
      await db.audit.add(closings.length ? closed : entry);
    }
    return counts;
  });
}
