// Named queries over the volunteer registry that screens read.
import { volunteerStatuses, type VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { AppDB } from './app-db';

/** Live volunteers per status, from the list index alone (tombstones are not in it). */
export async function countVolunteersByStatus(db: AppDB): Promise<Record<VolunteerStatus, number>> {
  const counts = await Promise.all(
    volunteerStatuses.map((status) => db.volunteers.where('ix.status').equals(status).count()),
  );
  return Object.fromEntries(volunteerStatuses.map((s, i) => [s, counts[i]!])) as Record<
    VolunteerStatus,
    number
  >;
}
