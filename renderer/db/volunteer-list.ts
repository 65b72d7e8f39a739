// The registry list as the screen reads it: a count and the ids at any position. A filtered list
// is small enough to hold whole; the unfiltered list of a national database (200,000) is read a
// page at a time, from the directory held for search once it is loaded, else straight from its
// sort index, and its count is the registry's kept count, so the first rows show without reading
// every key.
import { hasAnyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { AppDB, VolunteerRecord } from './app-db';
import { directoryInOrder } from './name-search/find-by-name';
import { totalOf, volunteerCounts } from './volunteer-counts';
import { queryVolunteerIds, sortIndexOf } from './volunteer-query';

/** Enough rows for a full screen and its overscan (the records of these are read at once). */
const FIRST_PAGE = 60;

export type VolunteerList = {
  count: number;
  /** The ids in positions [from, to), in the list's order. */
  idsAt(from: number, to: number): Promise<string[]>;
  /** Every id, for "select all" and bulk actions. */
  all(): Promise<string[]>;
  /**
   * The records of the first positions, read with the list itself, so that its first screen
   * shows without a second round of reading.
   */
  firstRows?: readonly VolunteerRecord[];
  /** Every id, when the list holds them (a filtered list); an unfiltered one reads them by position. */
  ids?: readonly string[];
};

/**
 * Whether two reads of a list show the same thing: the same count, the same ids where they are
 * held, and the same first records in the same versions (every local write takes a new change
 * number, every write anywhere a new time).
 */
export function isSameList(a: VolunteerList, b: VolunteerList): boolean {
  if (a.count !== b.count || (a.ids === undefined) !== (b.ids === undefined)) return false;
  if (a.ids && b.ids && a.ids.some((id, i) => b.ids![i] !== id)) return false;
  const [x, y] = [a.firstRows ?? [], b.firstRows ?? []];
  return x.length === y.length && x.every((v, i) => isSameVersion(v, y[i]!));
}

function isSameVersion(a: VolunteerRecord, b: VolunteerRecord): boolean {
  return a.id === b.id && a.lc === b.lc && a.updatedAt === b.updatedAt;
}

/** The records of these ids, stopping at the first one that is no longer there. */
async function recordsInOrder(db: AppDB, ids: string[]): Promise<VolunteerRecord[]> {
  const rows = await db.volunteers.bulkGet(ids);
  const missing = rows.indexOf(undefined);
  return (missing === -1 ? rows : rows.slice(0, missing)) as VolunteerRecord[];
}

async function fromArray(db: AppDB, ids: string[]): Promise<VolunteerList> {
  return {
    count: ids.length,
    idsAt: async (from, to) => ids.slice(from, to),
    all: async () => ids,
    firstRows: await recordsInOrder(db, ids.slice(0, FIRST_PAGE)),
    ids,
  };
}

export async function openVolunteerList(
  db: AppDB,
  filter: VolunteerFilter,
): Promise<VolunteerList> {
  if (hasAnyFilter(filter)) return fromArray(db, await queryVolunteerIds(db, filter));
  /** The sort index in the list's order, or against it. */
  const ordered = (against = false) => {
    const collection = db.volunteers.orderBy(sortIndexOf(filter.sort));
    return filter.desc !== against ? collection.reverse() : collection;
  };
  // The first records straight from the sort index, and the count the database keeps (counting
  // the index would read every entry of it before the first page could show).
  const [firstRows, counts] = await Promise.all([
    ordered().limit(FIRST_PAGE).toArray(),
    volunteerCounts(db),
  ]);
  const head = firstRows.map((v) => v.id);
  const order = { sort: filter.sort, desc: filter.desc };
  const count = totalOf(counts);
  return {
    count,
    idsAt: async (from, before) => {
      const to = Math.min(before, count);
      if (to <= head.length) return head.slice(from, to);
      if (from >= to) return [];
      // Once loaded, the directory held for search knows every position in every order.
      const held = await directoryInOrder(db, order, from, to);
      if (held) return held;
      // A position is reached by stepping over every entry before it (tens of microseconds each
      // at national scale), so the far half of the list is read from its end: the last page is
      // as near as the first.
      if (from >= count / 2) {
        const ids = (await ordered(true)
          .offset(count - to)
          .limit(to - from)
          .primaryKeys()) as string[];
        return ids.reverse();
      }
      return (await ordered()
        .offset(from)
        .limit(to - from)
        .primaryKeys()) as string[];
    },
    // The whole list, for "select all": from the directory when it is loaded, as the sort index
    // would be read entry by entry.
    all: async () =>
      (await directoryInOrder(db, order, 0, Number.MAX_SAFE_INTEGER)) ??
      queryVolunteerIds(db, filter),
    firstRows,
  };
}
