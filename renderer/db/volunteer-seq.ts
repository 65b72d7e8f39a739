// The local order of writes to the volunteers table, whoever makes them (the write layer, a
// receipt, a merge, an import in a worker): a database middleware stamps every volunteer it writes
// with `ix.seq`, above every number before it, so that the name directory reads only what changed
// since it last looked. A received record keeps `lc` 0, so `lc` cannot serve here.
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { AppDB, MetaRow } from './app-db';
import { volunteersMiddleware } from './volunteers-middleware';

export const VOLUNTEER_SEQ_KEY = 'volunteerSeq';
/** Counts hard deletes of volunteers (the app makes none: it leaves tombstones), for a reload. */
export const VOLUNTEER_DELETES_KEY = 'volunteerDeletes';

export type StampedIndex = { ix?: { seq?: number } };

function nextValue(meta: DBCoreTable, trans: DBCoreTransaction, key: string): Promise<number> {
  return meta.get({ trans, key }).then((row: MetaRow | undefined) => {
    const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
    return meta.mutate({ trans, type: 'put', values: [{ key, value: next }] }).then(() => next);
  });
}

/**
 * Every volunteer of one write takes the same number: they commit together, so the directory
 * sees all of them or none. A delete takes a number too, so that the directory looks again.
 * Written as promise chains, not async functions: Dexie's promises carry its transaction zone
 * from step to step.
 */
function stampingTable(table: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      return nextValue(meta, req.trans, VOLUNTEER_SEQ_KEY).then((seq) => {
        if (req.type === 'add' || req.type === 'put') {
          // In place, so that the writer's copy is the record as stored.
          for (const value of req.values as StampedIndex[]) value.ix = { ...value.ix, seq };
          return table.mutate(req);
        }
        return nextValue(meta, req.trans, VOLUNTEER_DELETES_KEY).then(() => table.mutate(req));
      });
    },
  };
}

export const volunteerSeqMiddleware = volunteersMiddleware('VolunteerSeq', stampingTable);

async function storedNumber(db: AppDB, key: string): Promise<number> {
  const row = await db.meta.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The highest number stamped so far (0 before the first write). */
export function latestVolunteerSeq(db: AppDB): Promise<number> {
  return storedNumber(db, VOLUNTEER_SEQ_KEY);
}

/** How many hard deletes of volunteers there have been. */
export function volunteerDeletesSoFar(db: AppDB): Promise<number> {
  return storedNumber(db, VOLUNTEER_DELETES_KEY);
}
