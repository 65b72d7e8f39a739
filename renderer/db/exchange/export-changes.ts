// What this installation sends: the records it changed after `since` (by the `lc` index), as they
// travel (without local fields), with `upTo`, `acks`, and its next `sequence` and `previous`.
import type { Table } from 'dexie';
import type { BundleRecord } from '@shared/bundle/ndjson';
import { exchangedTableNames } from '@shared/bundle/record-schemas';
import type { WrittenBundle, ManifestFields } from '@shared/bundle/write-bundle';
import { localFieldNames } from '@shared/domain/records/exchange-fields';
import type { AppDB, ExchangeCounts, ExchangedTables } from '../app-db';
import { currentChangeNumber } from '../change-counter';
import { derivedFieldNames } from '../derived-fields';
import { nowIso, type WriteContext } from '../write-context';
import { sinceFor } from './acks';

export type ExportedChanges = {
  since: number;
  upTo: number;
  tables: Record<string, BundleRecord[]>;
};

const notExchanged = new Set<string>([...localFieldNames, ...derivedFieldNames]);

/** A stored record as it travels: bundle-format.md never carries `lc` or the list indexes. */
export function asExchanged(record: object): BundleRecord {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!notExchanged.has(key)) out[key] = value;
  return out as BundleRecord;
}

/** Every change this installation made in (`since`, now], per table, sorted by id. */
export async function exportChanges(db: AppDB, since: number): Promise<ExportedChanges> {
  const tables = exchangedTableNames.map((name) => db.table(name));
  return db.transaction('r', [...tables, db.meta], async () => {
    const upTo = await currentChangeNumber(db);
    const out: Record<string, BundleRecord[]> = {};
    for (const name of exchangedTableNames) {
      const table = db.table(name) as Table<ExchangedTables[typeof name], string>;
      const changed = await table.where('lc').above(since).toArray();
      out[name] = changed.map(asExchanged).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return { since, upTo, tables: out };
  });
}

/** bundle-format.md `acks`: for each issuer whose bundles were applied here, the highest `upTo`. */
export async function acksToSend(db: AppDB): Promise<Record<string, number>> {
  const acks: Record<string, number> = {};
  await db.exchangeLog
    .filter((e) => e.direction === 'read' && e.outcome === 'applied')
    .each((e) => {
      acks[e.issuer] = Math.max(acks[e.issuer] ?? 0, e.upTo);
    });
  return acks;
}

/** The next bundle's manifest fields and tables, for `recipient`, starting where it acknowledged. */
export async function prepareExport(
  db: AppDB,
  context: WriteContext,
  recipient: string,
): Promise<{ manifestFields: ManifestFields; tables: Record<string, BundleRecord[]> }> {
  return db.transaction(
    'r',
    [...exchangedTableNames.map((n) => db.table(n)), db.meta, db.exchangeLog],
    async () => {
      const since = await sinceFor(db, context.installationId, recipient);
      const changes = await exportChanges(db, since);
      const sent = await db.exchangeLog
        .where('[issuer+sequence]')
        .between(
          [context.installationId, 0],
          [context.installationId, Number.MAX_SAFE_INTEGER],
          true,
          true,
        )
        .filter((e) => e.direction === 'sent')
        .last();
      const manifestFields: ManifestFields = {
        kind: 'records',
        issuer: context.installationId,
        organisation: context.organisation,
        recipient,
        sequence: (sent?.sequence ?? 0) + 1,
        previous: sent?.manifestSha256 ?? null,
        createdAt: nowIso(context),
        since: changes.since,
        upTo: changes.upTo,
        acks: await acksToSend(db),
      };
      return { manifestFields, tables: changes.tables };
    },
  );
}

/** Keeps a written bundle in the exchange log, so that the next one follows it. */
export async function recordSent(
  db: AppDB,
  context: WriteContext,
  written: WrittenBundle,
  /** The name the person saved it under. */
  fileName: string = written.fileName,
): Promise<void> {
  const counts: Record<string, ExchangeCounts> = {};
  for (const entry of written.manifest.entries) {
    if (!('records' in entry)) continue;
    const table = entry.path.slice('data/'.length, -'.ndjson'.length);
    counts[table] = { added: entry.records, updated: 0, unchanged: 0, conflicts: 0 };
  }
  await db.exchangeLog.add({
    direction: 'sent',
    kind: written.manifest.kind,
    fileName,
    issuer: written.manifest.issuer,
    recipient: written.manifest.recipient,
    sequence: written.manifest.sequence,
    manifestSha256: written.manifestSha256,
    outcome: 'applied',
    reason: null,
    counts,
    since: written.manifest.since,
    upTo: written.manifest.upTo,
    at: nowIso(context),
  });
}
