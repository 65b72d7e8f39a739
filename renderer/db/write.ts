// The one door for every write: stamps the exchange fields, takes the next change number, refuses
// records another organisation owns, turns deletion into a tombstone, and appends to the audit log,
// all in one transaction (architecture.md, "The data").
import type { Table } from 'dexie';
import { bumpVector } from '@shared/domain/records/version-vector';
import {
  exchangeFieldNames,
  localFieldNames,
  type ExchangeFields,
  type LocalFields,
} from '@shared/domain/records/exchange-fields';
import type { AppDB, AuditEntry, AuditKind, ExchangedTableName, ExchangedTables } from './app-db';
import { reserveChangeNumbers } from './change-counter';
import { derivedFieldNames, withDerivedFields } from './derived-fields';
import { nowIso, type WriteContext } from './write-context';
import { deletedError, notFoundError, notOwnerError } from './write-errors';

type Stamp = ExchangeFields & LocalFields;
type Derived = (typeof derivedFieldNames)[number];
export type FieldsOf<N extends ExchangedTableName> = Omit<
  ExchangedTables[N],
  keyof Stamp | Derived
>;

export type NewRecord<N extends ExchangedTableName> = FieldsOf<N> & { id?: string; owner?: string };

export type Writer = ReturnType<typeof createWriter>;

export function createWriter(db: AppDB, context: WriteContext) {
  const table = <N extends ExchangedTableName>(name: N) =>
    db.table(name) as Table<ExchangedTables[N], string>;

  /** One entry for a batch: who, when, which records, which fields; never the values (PDPA). */
  function audit(
    name: string,
    recordIds: string[],
    kind: AuditKind,
    fields: string[],
    at: string,
  ): AuditEntry {
    return { at, installation: context.installationId, table: name, recordIds, kind, fields };
  }

  function checkOwner(name: string, owner: string): void {
    if (owner !== context.organisation) throw notOwnerError(name, owner, context.organisation);
  }

  function stampNew<N extends ExchangedTableName>(
    name: N,
    fields: NewRecord<N>,
    lc: number,
    at: string,
  ) {
    const owner = fields.owner ?? context.organisation;
    return withDerivedFields(name, {
      ...fields,
      id: fields.id ?? crypto.randomUUID(),
      owner,
      vv: { [context.installationId]: 1 },
      updatedAt: at,
      updatedBy: context.installationId,
      deletedAt: null,
      lc,
    } as ExchangedTables[N]);
  }

  /** Adds records in one transaction; the audit gets one entry for the batch. */
  async function createMany<N extends ExchangedTableName>(
    name: N,
    records: readonly NewRecord<N>[],
  ): Promise<ExchangedTables[N][]> {
    for (const record of records) checkOwner(name, record.owner ?? context.organisation);
    return db.transaction('rw', [table(name), db.audit, db.meta], async () => {
      const first = await reserveChangeNumbers(db, records.length);
      const at = nowIso(context);
      const stamped = records.map((r, i) => stampNew<N>(name, r, first + i, at));
      await table(name).bulkAdd(stamped);
      const fields = new Set<string>();
      for (const key of Object.keys(stamped[0] ?? {})) if (isDomainField(key)) fields.add(key);
      if (stamped.length > 0) {
        await db.audit.add(
          audit(
            name,
            stamped.map((r) => r.id),
            'create',
            [...fields],
            at,
          ),
        );
      }
      return stamped;
    });
  }

  async function create<N extends ExchangedTableName>(name: N, record: NewRecord<N>) {
    const [created] = await createMany(name, [record]);
    return created!;
  }

  /** Changes some fields of a live record this organisation owns. */
  async function update<N extends ExchangedTableName>(
    name: N,
    id: string,
    changes: Partial<FieldsOf<N>>,
  ): Promise<ExchangedTables[N]> {
    const [next] = await updateMany(name, [id], () => changes);
    return next!;
  }

  /**
   * Changes many records in one transaction (a bulk status change, a merge): `changesOf` gives
   * each record's changes from its current state. All are checked before any is written.
   */
  async function updateMany<N extends ExchangedTableName>(
    name: N,
    ids: readonly string[],
    changesOf: (current: ExchangedTables[N]) => Partial<FieldsOf<N>>,
    options: { merge?: number } = {},
  ): Promise<ExchangedTables[N][]> {
    return db.transaction('rw', [table(name), db.audit, db.meta], async () => {
      const currents = await table(name).bulkGet([...ids]);
      const at = nowIso(context);
      const results: ExchangedTables[N][] = [];
      const writes: ExchangedTables[N][] = [];
      const fields = new Set<string>();
      currents.forEach((current, i) => {
        if (!current) throw notFoundError(name, ids[i]!);
        checkOwner(name, current.owner);
        if (current.deletedAt) throw deletedError(name, current.id);
        const changes = changesOf(current);
        const changed = Object.keys(changes).filter(
          (key) =>
            isDomainField(key) &&
            JSON.stringify((changes as Record<string, unknown>)[key]) !==
              JSON.stringify((current as Record<string, unknown>)[key]),
        );
        if (changed.length === 0) {
          results.push(current);
          return;
        }
        for (const key of changed) fields.add(key);
        const next = withDerivedFields(name, {
          ...current,
          ...pick(changes, changed),
          vv: bumpVector(current.vv, context.installationId),
          updatedAt: at,
          updatedBy: context.installationId,
        } as ExchangedTables[N]);
        writes.push(next);
        results.push(next);
      });
      if (writes.length === 0) return results;
      const first = await reserveChangeNumbers(db, writes.length);
      writes.forEach((w, i) => ((w as { lc: number }).lc = first + i));
      await table(name).bulkPut(writes);
      await db.audit.add({
        ...audit(
          name,
          writes.map((w) => w.id),
          'update',
          [...fields],
          at,
        ),
        ...(options.merge !== undefined ? { merge: options.merge } : {}),
      });
      return results;
    });
  }

  /** Deletion leaves a tombstone, so that the deletion itself travels to other installations. */
  async function remove(name: ExchangedTableName, id: string): Promise<void> {
    await setDeleted(name, id, true);
  }

  async function restore(name: ExchangedTableName, id: string): Promise<void> {
    await setDeleted(name, id, false);
  }

  async function setDeleted(name: ExchangedTableName, id: string, deleted: boolean) {
    await db.transaction('rw', [table(name), db.audit, db.meta], async () => {
      const current = await table(name).get(id);
      if (!current) throw notFoundError(name, id);
      checkOwner(name, current.owner);
      if (Boolean(current.deletedAt) === deleted) return;
      const at = nowIso(context);
      await table(name).put(
        withDerivedFields(name, {
          ...current,
          deletedAt: deleted ? at : null,
          vv: bumpVector(current.vv, context.installationId),
          updatedAt: at,
          updatedBy: context.installationId,
          lc: await reserveChangeNumbers(db, 1),
        }),
      );
      await db.audit.add(audit(name, [id], deleted ? 'delete' : 'restore', ['deletedAt'], at));
    });
  }

  return { create, createMany, update, updateMany, remove, restore };
}

/** The exchange stamps and local fields: everything of a stored record that is not its own data. */
const stampFields = new Set<string>([
  ...exchangeFieldNames,
  ...localFieldNames,
  ...derivedFieldNames,
]);

export function isDomainField(key: string): boolean {
  return !stampFields.has(key);
}

function pick<T extends object>(source: T, keys: string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (source as Record<string, unknown>)[key];
  return out as Partial<T>;
}
