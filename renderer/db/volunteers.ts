// Named queries over the volunteer registry that screens read.
import type { VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { AppDB } from './app-db';
import { volunteerCounts } from './volunteer-counts';

/** Live volunteers per status, as the database keeps them up to date with every write. */
export function countVolunteersByStatus(db: AppDB): Promise<Record<VolunteerStatus, number>> {
  return volunteerCounts(db);
}
