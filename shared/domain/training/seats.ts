// The seat rules of a round: who gets a seat and who waits, the waiting list's order, and the
// numbers new participants take.
import type { ParticipantStatus } from './participant';

export type SeatCounts = {
  /** The round's seats. */
  seats: number;
  /** Participants holding a seat. */
  enrolled: number;
  /** Participants on the waiting list. */
  waiting: number;
};

type Seated = { status: ParticipantStatus };
type Queued = { status: ParticipantStatus; enrolledAt: string; number: number };

/** Seats, seats taken and people waiting among a round's live participants. */
export function seatCountsOf(seats: number, participants: readonly Seated[]): SeatCounts {
  let enrolled = 0;
  let waiting = 0;
  for (const p of participants) {
    if (p.status === 'enrolled') enrolled += 1;
    else if (p.status === 'waiting') waiting += 1;
  }
  return { seats, enrolled, waiting };
}

export function freeSeatsOf(counts: SeatCounts): number {
  return Math.max(0, counts.seats - counts.enrolled);
}

/**
 * The statuses of `count` people joining the round, in the order they join: the free seats go to
 * the first of them, the rest wait. Nobody overtakes the waiting list: while anyone waits, new
 * people wait behind them (a waiting person is moved into a free seat first).
 */
export function statusesOfNew(counts: SeatCounts, count: number): ParticipantStatus[] {
  const free = counts.waiting > 0 ? 0 : freeSeatsOf(counts);
  return Array.from({ length: count }, (_, i) => (i < free ? 'enrolled' : 'waiting'));
}

/** The waiting list in the order it moves up: who was enrolled first, then by number. */
export function waitingInOrder<T extends Queued>(participants: readonly T[]): T[] {
  return participants
    .filter((p) => p.status === 'waiting')
    .sort((a, b) =>
      a.enrolledAt === b.enrolledAt ? a.number - b.number : a.enrolledAt < b.enrolledAt ? -1 : 1,
    );
}

/** Whoever moves into a seat freed just now: the first waiting, when a seat is free; else null. */
export function nextToSeat<T extends Queued>(seats: number, participants: readonly T[]): T | null {
  if (freeSeatsOf(seatCountsOf(seats, participants)) === 0) return null;
  return waitingInOrder(participants)[0] ?? null;
}

/** The numbers of `count` new participants: on from the highest ever given in the round. */
export function nextNumbers(highest: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => highest + i + 1);
}
