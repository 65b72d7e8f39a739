// The list for a filter (its count and ids by position) and the registry's total, kept current as
// records change.
import { liveQuery } from 'dexie';
import { useDeferredValue, useLayoutEffect, useState } from 'react';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../../../db/db';
import { totalOf, volunteerCounts } from '../../../db/volunteer-counts';
import { isSameList, openVolunteerList, type VolunteerList } from '../../../db/volunteer-list';

type Read = { key: string; list: VolunteerList; total: number };

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
  const [read, setRead] = useState<Read | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  // Subscribed as soon as the screen is committed, before it is painted (useLiveQuery waits for
  // the paint), so that the first rows are read while the page paints. The total is the count
  // the database keeps, read in the same round.
  useLayoutEffect(() => {
    const key = JSON.stringify(deferred);
    const subscription = liveQuery(async () => {
      const [list, counts] = await Promise.all([
        openVolunteerList(db, deferred),
        volunteerCounts(db),
      ]);
      return { key, list, total: totalOf(counts) };
    }).subscribe({
      next: (value) => {
        // A read equal to the one shown (after a change elsewhere in the registry) would only
        // render the same rows again.
        setRead((shown) => (isSameRead(shown, value) ? shown : value));
        setError(null);
      },
      error: setError,
    });
    return () => subscription.unsubscribe();
  }, [deferred]);
  if (error) throw error;
  const isCurrent = read?.key === JSON.stringify(filter);
  return { list: read?.list, isCurrent, total: isCurrent ? read?.total : undefined };
}
