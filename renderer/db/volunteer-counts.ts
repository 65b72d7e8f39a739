// Live volunteers per status, kept in the meta table by a database middleware in the same
// transaction as every write to the volunteers table, whoever makes it (the write layer, a
// receipt, a merge, a migration), so that a screen reads the registry's size without counting.
import {
  Dexie,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
} from 'dexie';
import { volunteerStatuses, type VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { AppDB, MetaRow } from './app-db';
import { volunteersMiddleware } from './volunteers-middleware';

export const VOLUNTEER_COUNTS_KEY = 'volunteerCounts';

export type VolunteerCounts = Record<VolunteerStatus, number>;

type Counted = { deletedAt?: string | null; status?: VolunteerStatus } | undefined;

export function noVolunteers(): VolunteerCounts {
  return { active: 0, paused: 0, resigned: 0, deceased: 0 };
}

/** The counts as stored; a database that has never held a volunteer has none stored. */
export async function volunteerCounts(db: AppDB): Promise<VolunteerCounts> {
  const row = await db.meta.get(VOLUNTEER_COUNTS_KEY);
  return { ...noVolunteers(), ...(row?.value as Partial<VolunteerCounts> | undefined) };
}

export function totalOf(counts: VolunteerCounts): number {
  return volunteerStatuses.reduce((sum, status) => sum + counts[status], 0);
}

/** Live volunteers per status, counted from the list index (tombstones are not in it). */
export async function countFromIndex(
  count: (status: VolunteerStatus) => Promise<number>,
): Promise<VolunteerCounts> {
  const counted = await Promise.all(volunteerStatuses.map(count));
  const counts = noVolunteers();
  volunteerStatuses.forEach((status, i) => (counts[status] = counted[i]!));
  return counts;
}

function isLive(record: Counted): record is { status: VolunteerStatus } {
  return record !== undefined && record !== null && !record.deletedAt && !!record.status;
}

/** What replacing `before` by `after` does to the counts (either may be absent). */
function addChange(delta: VolunteerCounts, before: Counted, after: Counted): void {
  if (isLive(before) && before.status in delta) delta[before.status] -= 1;
  if (isLive(after) && after.status in delta) delta[after.status] += 1;
}

/**
 * The records a write replaces or deletes, by the write's positions (none for an add). Written as
 * promise chains, not async functions: Dexie's promises carry its transaction zone from step to
 * step, which the middlewares beneath this one read.
 */
function recordsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Counted[]> {
  if (req.type === 'add') return Dexie.Promise.resolve(req.values.map((): Counted => undefined));
  if (req.type === 'deleteRange') {
    return table
      .query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      })
      .then((found) => found.result as Counted[]);
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
  return table.getMany({ trans: req.trans, keys }) as Promise<Counted[]>;
}

function deltaOf(
  req: DBCoreMutateRequest,
  before: Counted[],
  result: DBCoreMutateResponse,
): VolunteerCounts {
  const delta = noVolunteers();
  const after = (i: number): Counted =>
    req.type === 'add' || req.type === 'put' ? (req.values[i] as Counted) : undefined;
  before.forEach((record, i) => {
    // A failed operation changed nothing (deleteRange reports no failures by position).
    if (req.type !== 'deleteRange' && result.failures[i]) return;
    addChange(delta, record, after(i));
  });
  return delta;
}

function applyDelta(
  meta: DBCoreTable,
  trans: DBCoreTransaction,
  delta: VolunteerCounts,
): Promise<unknown> {
  if (volunteerStatuses.every((status) => delta[status] === 0)) return Dexie.Promise.resolve();
  return meta.get({ trans, key: VOLUNTEER_COUNTS_KEY }).then((row: MetaRow | undefined) => {
    const counts = { ...noVolunteers(), ...(row?.value as Partial<VolunteerCounts> | undefined) };
    for (const status of volunteerStatuses) counts[status] += delta[status];
    return meta.mutate({
      trans,
      type: 'put',
      values: [{ key: VOLUNTEER_COUNTS_KEY, value: counts }],
    });
  });
}

/**
 * One write at a time per transaction, so that each one reads the records and counts that the
 * previous one left (two writes issued together would otherwise read the same counts).
 */
const queues = new WeakMap<DBCoreTransaction, Promise<DBCoreMutateResponse>>();

function countingTable(table: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  const counted = (req: DBCoreMutateRequest) =>
    recordsBefore(table, req).then((before) =>
      table
        .mutate(req)
        .then((result) =>
          applyDelta(meta, req.trans, deltaOf(req, before, result)).then(() => result),
        ),
    );
  return {
    ...table,
    mutate(req) {
      const previous = queues.get(req.trans);
      const next = previous
        ? previous.then(
            () => counted(req),
            () => counted(req),
          )
        : counted(req);
      queues.set(req.trans, next);
      return next;
    },
  };
}

export const volunteerCountsMiddleware = volunteersMiddleware('VolunteerCounts', countingTable);
