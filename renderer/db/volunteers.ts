// Named queries over the volunteer registry that screens read.
import { Dexie } from 'dexie';
import { volunteerStatuses, type VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { AppDB } from './app-db';

/**
 * Live (not deleted) volunteers per status, from indexes alone: IndexedDB leaves a record out of a
 * compound index when a part of its key is null, so `[status+deletedAt]` holds only tombstones.
 */
export async function countVolunteersByStatus(db: AppDB): Promise<Record<VolunteerStatus, number>> {
  const counts = await Promise.all(
    volunteerStatuses.map(async (status) => {
      const all = await db.volunteers.where('status').equals(status).count();
      const deleted = await db.volunteers
        .where('[status+deletedAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .count();
      return all - deleted;
    }),
  );
  return Object.fromEntries(volunteerStatuses.map((s, i) => [s, counts[i]!])) as Record<
    VolunteerStatus,
    number
  >;
}
