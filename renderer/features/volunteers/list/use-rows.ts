// The records of the rows on screen (and a few around them), read by position as the list scrolls.
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
  const rows = useLiveQuery(async () => {
    const ids = await list.idsAt(start, end);
    const records = await volunteersByIds(db, ids);
    const byId = new Map(records.map((r) => [r.id, r]));
    return ids.map((id, i) => [start + i, byId.get(id)] as const);
  }, [list, start, end]);
  const map = new Map<number, VolunteerRecord>();
  for (const [position, record] of rows ?? []) if (record) map.set(position, record);
  return map;
}
