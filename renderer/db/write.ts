// The one door for every write: stamps the exchange fields, takes the next change number, refuses
// records another organisation owns, turns deletion into a tombstone, and appends to the audit log,
// all in one transaction (architecture.md, "The data").
import type { Table } from 'dexie';
import { bumpVector } from '@shared/domain/records/version-vector';
import type { ExchangeFields, LocalFields } from '@shared/domain/records/exchange-fields';
import type { AppDB, AuditEntry, AuditKind, ExchangedTableName, ExchangedTables } from './app-db';
import { reserveChangeNumbers } from './change-counter';
import { nowIso, type WriteContext } from './write-context';
import { deletedError, notFoundError, notOwnerError } from './write-errors';

type Stamp = ExchangeFields & LocalFields;
type FieldsOf<N extends ExchangedTableName> = Omit<ExchangedTables[N], keyof Stamp>;

export type NewRecord<N extends ExchangedTableName> = FieldsOf<N> & { id?: string; owner?: string };

export type Writer = ReturnType<typeof createWriter>;

export function createWriter(db: AppDB, context: WriteContext) {
  const table = <N extends ExchangedTableName>(name: N) =>
    db.table(name) as Table<ExchangedTables[N], string>;

  function audit(
    name: string,
    recordId: string,
    kind: AuditKind,
    fields: string[],
    at: string,
  ): AuditEntry {
    return { at, installation: context.installationId, table: name, recordId, kind, fields };
  }

  function checkOwner(name: string, owner: string): void {
    if (owner !== context.organisation) throw notOwnerError(name, owner, context.organisation);
  }

  function stampNew<N extends ExchangedTableName>(fields: NewRecord<N>, lc: number, at: string) {
    const owner = fields.owner ?? context.organisation;
    return {
      ...fields,
      id: fields.id ?? crypto.randomUUID(),
      owner,
      vv: { [context.installationId]: 1 },
      updatedAt: at,
      updatedBy: context.installationId,
      deletedAt: null,
      lc,
    } as ExchangedTables[N];
  }

  /** Adds records in one transaction; the audit gets one entry a record. */
  async function createMany<N extends ExchangedTableName>(
    name: N,
    records: readonly NewRecord<N>[],
  ): Promise<ExchangedTables[N][]> {
    for (const record of records) checkOwner(name, record.owner ?? context.organisation);
    return db.transaction('rw', [table(name), db.audit, db.meta], async () => {
      const first = await reserveChangeNumbers(db, records.length);
      const at = nowIso(context);
      const stamped = records.map((r, i) => stampNew<N>(r, first + i, at));
      await table(name).bulkAdd(stamped);
      await db.audit.bulkAdd(
        stamped.map((r) => audit(name, r.id, 'create', Object.keys(r).filter(isDomainField), at)),
      );
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
    return db.transaction('rw', [table(name), db.audit, db.meta], async () => {
      const current = await table(name).get(id);
      if (!current) throw notFoundError(name, id);
      checkOwner(name, current.owner);
      if (current.deletedAt) throw deletedError(name, id);
      const changed = Object.keys(changes).filter(
        (key) =>
          isDomainField(key) &&
          JSON.stringify((changes as Record<string, unknown>)[key]) !==
            JSON.stringify((current as Record<string, unknown>)[key]),
      );
      if (changed.length === 0) return current;
      const at = nowIso(context);
      const next = {
        ...current,
        ...pick(changes, changed),
        vv: bumpVector(current.vv, context.installationId),
        updatedAt: at,
        updatedBy: context.installationId,
        lc: await reserveChangeNumbers(db, 1),
      } as ExchangedTables[N];
      await table(name).put(next);
      await db.audit.add(audit(name, id, 'update', changed, at));
      return next;
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
      await table(name).put({
        ...current,
        deletedAt: deleted ? at : null,
        vv: bumpVector(current.vv, context.installationId),
        updatedAt: at,
        updatedBy: context.installationId,
        lc: await reserveChangeNumbers(db, 1),
      });
      await db.audit.add(audit(name, id, deleted ? 'delete' : 'restore', ['deletedAt'], at));
    });
  }

  return { create, createMany, update, remove, restore };
}

const stampFields = new Set(['id', 'owner', 'vv', 'updatedAt', 'updatedBy', 'deletedAt', 'lc']);

function isDomainField(key: string): boolean {
  return !stampFields.has(key);
}

function pick<T extends object>(source: T, keys: string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (source as Record<string, unknown>)[key];
  return out as Partial<T>;
}
