// The records of the rows on screen (and a few around them), read by id as the list scrolls.
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { volunteersByIds } from '../../../db/volunteer-query';

export function useRows(
  ids: readonly string[],
  from: number,
  to: number,
): Map<string, VolunteerRecord> {
  const slice = ids.slice(Math.max(0, from), Math.min(ids.length, to));
  const rows = useLiveQuery(() => volunteersByIds(db, slice), [slice.join(',')]);
  return new Map((rows ?? []).map((r) => [r.id, r]));
}
