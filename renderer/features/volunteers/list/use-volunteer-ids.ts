// The ordered ids of the list for a filter, kept current as records change.
import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../../../db/db';
import { queryVolunteerIds } from '../../../db/volunteer-query';

export function useVolunteerIds(filter: VolunteerFilter): {
  ids: string[] | undefined;
  total: number | undefined;
} {
  // The deferred filter keeps typing responsive while a query for the previous keystroke runs.
  const deferred = useDeferredValue(filter);
  const key = JSON.stringify(deferred);
  const ids = useLiveQuery(() => queryVolunteerIds(db, deferred), [key]);
  const total = useLiveQuery(() => db.volunteers.where('ix.sort').above('').count(), []);
  return { ids, total };
}
