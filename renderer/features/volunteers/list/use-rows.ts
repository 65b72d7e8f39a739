// The records of the rows on screen (and a few around them), read by position as the list scrolls;
// the first screen's come with the list.
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import type { VolunteerList } from '../../../db/volunteer-list';
import { volunteersByIds } from '../../../db/volunteer-query';

/** Position in the list → record, for the positions in [from, to). */
export function useRows(
  list: VolunteerList,
  from: number,
  to: number,
): Map<number, VolunteerRecord> {
  const start = Math.max(0, from);
  const end = Math.min(list.count, to);
  // The first screen comes with the list (and is as current as the list itself).
  const first = list.firstRows ?? [];
  const isFirstScreen = end <= first.length;
  const rows = useLiveQuery(async () => {
    if (isFirstScreen) return [];
    const ids = await list.idsAt(start, end);
    const records = await volunteersByIds(db, ids);
    const byId = new Map(records.map((r) => [r.id, r]));
    return ids.map((id, i) => [start + i, byId.get(id)] as const);
  }, [list, start, end, isFirstScreen]);
  const map = new Map<number, VolunteerRecord>();
  if (isFirstScreen) {
    for (let position = start; position < end; position++) map.set(position, first[position]!);
  }
  for (const [position, record] of rows ?? []) if (record) map.set(position, record);
  return map;
}
