// Enrolment by filter ("all tier B volunteers of these districts"): the registry's own query gives
// the ids, once per district chosen, united; a preview says how many before anything is written.
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { ParticipantRole } from '@shared/domain/training/participant';
import { freeSeatsOf, seatCountsOf } from '@shared/domain/training/seats';
import type { AppDB } from '../app-db';
import { queryVolunteerIds } from '../volunteer-query';
import type { Writer } from '../write';
import { enrolVolunteers, liveRoundOf, type EnrolResult } from './enrol';
import { tooManyError } from './enrol-errors';
import { liveParticipantsOfRound } from './participants';

/** At most this many at once: the most seats a round can have. */
export const MAX_ENROL_BY_FILTER = 5000;

export type EnrolFilter = {
  /** The registry's filter; its `district` is replaced by each of `districts` in turn. */
  filter: VolunteerFilter;
  /** Empty: the filter as it is (e.g. the whole province). */
  districts: readonly string[];
};

/** The ids the filter selects in any of the districts, district by district, each in name order. */
export async function volunteerIdsOfFilter(db: AppDB, chosen: EnrolFilter): Promise<string[]> {
  const filter: VolunteerFilter = { ...chosen.filter, q: '', sort: 'name', desc: false };
  if (chosen.districts.length === 0) return queryVolunteerIds(db, filter);
  const ids = new Set<string>();
  for (const district of chosen.districts) {
    for (const id of await queryVolunteerIds(db, { ...filter, district, subdistrict: '' })) {
      ids.add(id);
    }
  }
  return [...ids];
}

export type EnrolPreview = {
  /** Volunteers the filter selects. */
  matching: number;
  /** Of those, already in the round (enrolled or waiting). */
  alreadyIn: number;
  /** Who would get a seat, and who would wait. */
  seated: number;
  waiting: number;
};

/** What enrolling by this filter would do, written nowhere. */
export async function previewEnrolByFilter(
  db: AppDB,
  roundId: string,
  chosen: EnrolFilter,
): Promise<EnrolPreview> {
  const [round, ids, participants] = await Promise.all([
    liveRoundOf(db, roundId),
    volunteerIdsOfFilter(db, chosen),
    liveParticipantsOfRound(db, roundId),
  ]);
  const present = participants.filter((p) => p.status !== 'withdrawn');
  const inRound = new Set(present.map((p) => p.volunteerId));
  const alreadyIn = ids.filter((id) => inRound.has(id)).length;
  const joining = ids.length - alreadyIn;
  const counts = seatCountsOf(round.seats, participants);
  const seated = counts.waiting > 0 ? 0 : Math.min(joining, freeSeatsOf(counts));
  return { matching: ids.length, alreadyIn, seated, waiting: joining - seated };
}

/** Enrols everyone the filter selects, in one transaction (see enrolVolunteers). */
export async function enrolByFilter(
  db: AppDB,
  writer: Writer,
  roundId: string,
  chosen: EnrolFilter,
  role: ParticipantRole = 'volunteer',
): Promise<EnrolResult> {
  const ids = await volunteerIdsOfFilter(db, chosen);
  if (ids.length > MAX_ENROL_BY_FILTER) throw tooManyError(ids.length, MAX_ENROL_BY_FILTER);
  return enrolVolunteers(db, writer, roundId, ids, role);
}
