// The list for a filter (its count and ids by position), kept current as records change.
import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../../../db/db';
import { openVolunteerList, type VolunteerList } from '../../../db/volunteer-list';

export function useVolunteerList(filter: VolunteerFilter): {
  list: VolunteerList | undefined;
  total: number | undefined;
} {
  // The deferred filter keeps typing responsive while a query for the previous keystroke runs.
  const deferred = useDeferredValue(filter);
  const key = JSON.stringify(deferred);
  const list = useLiveQuery(() => openVolunteerList(db, deferred), [key]);
  const total = useLiveQuery(() => db.volunteers.where('ix.sort').above('').count(), []);
  return { list, total };
}
