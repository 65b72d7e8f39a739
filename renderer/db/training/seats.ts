// Changing who holds a seat, each in one transaction through the write layer: a withdrawal frees
// a seat for the first of the waiting list, a withdrawn person is reinstated, and a waiting person
// is moved up by hand when a seat is free.
import {
  freeSeatsOf,
  nextToSeat,
  seatCountsOf,
  statusesOfNew,
} from '@shared/domain/training/seats';
import type { AppDB, ParticipantRecord } from '../app-db';
import type { Writer } from '../write';
import {
  alreadyWithdrawnError,
  noFreeSeatError,
  notWaitingError,
  notWithdrawnError,
  participantNotFoundError,
} from './enrol-errors';
import { enrolTables, liveRoundOf } from './enrol';
import { liveParticipantsOfRound } from './participants';

type InRound = {
  participant: ParticipantRecord;
  seats: number;
  /** The round's live participants, the one changed included. */
  participants: ParticipantRecord[];
};

async function inRoundOf(db: AppDB, participantId: string): Promise<InRound> {
  const participant = await db.participants.get(participantId);
  if (!participant || participant.deletedAt !== null) throw participantNotFoundError(participantId);
  const round = await liveRoundOf(db, participant.roundId);
  const participants = await liveParticipantsOfRound(db, round.id);
  return { participant, seats: round.seats, participants };
}

export type Withdrawal = {
  withdrawn: ParticipantRecord;
  /** The first of the waiting list, now in the seat freed; null when nobody moved up. */
  promoted: ParticipantRecord | null;
};

/** Withdraws a participant; the first waiting (by enrolment time) takes the seat freed. */
export async function withdraw(
  db: AppDB,
  writer: Writer,
  participantId: string,
): Promise<Withdrawal> {
  return db.transaction('rw', enrolTables(db), async () => {
    const { participant, seats, participants } = await inRoundOf(db, participantId);
    if (participant.status === 'withdrawn') throw alreadyWithdrawnError(participant);
    const withdrawn = await writer.update('participants', participantId, { status: 'withdrawn' });
    const after = participants.map((p) => (p.id === participantId ? withdrawn : p));
    const next = participant.status === 'enrolled' ? nextToSeat(seats, after) : null;
    const promoted = next
      ? await writer.update('participants', next.id, { status: 'enrolled' })
      : null;
    return { withdrawn, promoted };
  });
}

/**
 * Brings a withdrawn participant back with their number: into a free seat when nobody waits,
 * otherwise at the end of the waiting list.
 */
export async function reinstate(
  db: AppDB,
  writer: Writer,
  participantId: string,
): Promise<ParticipantRecord> {
  return db.transaction('rw', enrolTables(db), async () => {
    const { participant, seats, participants } = await inRoundOf(db, participantId);
    if (participant.status !== 'withdrawn') throw notWithdrawnError(participant);
    const [status] = statusesOfNew(seatCountsOf(seats, participants), 1);
    return writer.update('participants', participantId, {
      status: status!,
      // Back at the end of the queue: nobody who waited meanwhile is overtaken.
      ...(status === 'waiting' ? { enrolledAt: new Date().toISOString() } : {}),
    });
  });
}

/** Gives a waiting participant a free seat, whatever their place on the list. */
export async function moveUp(
  db: AppDB,
  writer: Writer,
  participantId: string,
): Promise<ParticipantRecord> {
  return db.transaction('rw', enrolTables(db), async () => {
    const { participant, seats, participants } = await inRoundOf(db, participantId);
    if (participant.status !== 'waiting') throw notWaitingError(participant);
    if (freeSeatsOf(seatCountsOf(seats, participants)) === 0) {
      throw noFreeSeatError(participant, seats);
    }
    return writer.update('participants', participantId, { status: 'enrolled' });
  });
}
