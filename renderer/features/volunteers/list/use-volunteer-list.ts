// The list for a filter (its count and ids by position), kept current as records change, and the
// registry's total.
import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasAnyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../../../db/db';
import { openVolunteerList, type VolunteerList } from '../../../db/volunteer-list';

export function useVolunteerList(filter: VolunteerFilter): {
  list: VolunteerList | undefined;
  /** False while the list shown is still the one for an earlier filter. */
  isCurrent: boolean;
  total: number | undefined;
} {
  // The deferred filter keeps typing responsive while a query for the previous keystroke runs.
  const deferred = useDeferredValue(filter);
  const key = JSON.stringify(deferred);
  const result = useLiveQuery(
    async () => ({ key, list: await openVolunteerList(db, deferred) }),
    [key],
  );
  const isCurrent = result?.key === JSON.stringify(filter);
  // Unfiltered, the list's own count is the total: no second count of the whole registry.
  const filtered = hasAnyFilter(filter);
  const count = useLiveQuery(
    async () => (filtered ? db.volunteers.where('ix.sort').above('').count() : null),
    [filtered],
  );
  const total = filtered ? (count ?? undefined) : isCurrent ? result?.list.count : undefined;
  return { list: result?.list, isCurrent, total };
}
