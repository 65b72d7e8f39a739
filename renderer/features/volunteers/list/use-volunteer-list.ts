// The list for a filter (its count and ids by position) and the registry's total, kept current as
// records change.
import { liveQuery } from 'dexie';
import { useDeferredValue, useLayoutEffect, useState } from 'react';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../../../db/db';
import { totalOf, volunteerCounts } from '../../../db/volunteer-counts';
import { isSameList, openVolunteerList, type VolunteerList } from '../../../db/volunteer-list';

type Read = { key: string; list: VolunteerList; total: number };

/**
 * The latest read of every list open now, each kept current by its own subscription: a screen
 * that opens a list already open (the registry that the home screen reads ahead) starts from it.
 */
const openReads = new Set<{ current: Read | undefined }>();

function openReadOf(key: string): Read | undefined {
  for (const held of openReads) if (held.current?.key === key) return held.current;
  return undefined;
}

function isSameRead(a: Read | undefined, b: Read): boolean {
  return a !== undefined && a.key === b.key && a.total === b.total && isSameList(a.list, b.list);
}

export function useVolunteerList(filter: VolunteerFilter): {
  list: VolunteerList | undefined;
  /** False while the list shown is still the one for an earlier filter. */
  isCurrent: boolean;
  total: number | undefined;
} {
  // The deferred filter keeps typing responsive while a query for the previous keystroke runs.
  const deferred = useDeferredValue(filter);
  const [read, setRead] = useState<Read | undefined>(() => openReadOf(JSON.stringify(filter)));
  const [error, setError] = useState<unknown>(null);
  // Subscribed as soon as the screen is committed, before it is painted (useLiveQuery waits for
  // the paint), so that the first rows are read while the page paints. The total is the count
  // the database keeps, read in the same round.
  useLayoutEffect(() => {
    const key = JSON.stringify(deferred);
    const held: { current: Read | undefined } = { current: undefined };
    openReads.add(held);
    const subscription = liveQuery(async () => {
      const [list, counts] = await Promise.all([
        openVolunteerList(db, deferred),
        volunteerCounts(db),
      ]);
      return { key, list, total: totalOf(counts) };
    }).subscribe({
      next: (value) => {
        held.current = value;
        // A read equal to the one shown (the first one, when the screen started from a list
        // already open) would only render the same rows again.
        setRead((shown) => (isSameRead(shown, value) ? shown : value));
        setError(null);
      },
      error: setError,
    });
    return () => {
      subscription.unsubscribe();
      openReads.delete(held);
    };
  }, [deferred]);
  if (error) throw error;
  const isCurrent = read?.key === JSON.stringify(filter);
  return { list: read?.list, isCurrent, total: isCurrent ? read?.total : undefined };
}
