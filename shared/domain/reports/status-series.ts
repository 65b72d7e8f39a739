// The series behind the "volunteers by status" chart: one bar a status, in the registry's order.
import { volunteerStatuses, type VolunteerStatus } from '../volunteers/volunteer';

export type StatusBar = { status: VolunteerStatus; count: number; share: number };

export function statusSeries(counts: Record<VolunteerStatus, number>): StatusBar[] {
  const total = volunteerStatuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return volunteerStatuses.map((status) => ({
    status,
    count: counts[status] ?? 0,
    share: total === 0 ? 0 : (counts[status] ?? 0) / total,
  }));
}
