// The registry list as the screen reads it: a count and the ids at any position. A filtered list
// is small enough to hold whole; the unfiltered list of a national database (200,000) is read a
// page at a time straight from its sort index, so the first rows show without reading every key.
import { hasAnyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { AppDB } from './app-db';
import { queryVolunteerIds, sortIndexOf } from './volunteer-query';

/** Enough rows for a full screen and its overscan. */
const FIRST_PAGE = 100;

export type VolunteerList = {
  count: number;
  /** The ids in positions [from, to), in the list's order. */
  idsAt(from: number, to: number): Promise<string[]>;
  /** Every id, for "select all" and bulk actions. */
  all(): Promise<string[]>;
};

function fromArray(ids: string[]): VolunteerList {
  return {
    count: ids.length,
    idsAt: async (from, to) => ids.slice(from, to),
    all: async () => ids,
  };
}

export async function openVolunteerList(
  db: AppDB,
  filter: VolunteerFilter,
): Promise<VolunteerList> {
  if (hasAnyFilter(filter)) return fromArray(await queryVolunteerIds(db, filter));
  const ordered = () => {
    const collection = db.volunteers.orderBy(sortIndexOf(filter.sort));
    return filter.desc ? collection.reverse() : collection;
  };
  // The count and the first rows are read together, so that the first page waits for one round.
  const [count, head] = await Promise.all([
    ordered().count(),
    ordered().limit(FIRST_PAGE).primaryKeys() as Promise<string[]>,
  ]);
  return {
    count,
    idsAt: async (from, to) => {
      if (to <= head.length) return head.slice(from, to);
      return (await ordered()
        .offset(from)
        .limit(Math.max(0, to - from))
        .primaryKeys()) as string[];
    },
    all: () => queryVolunteerIds(db, filter),
  };
}
