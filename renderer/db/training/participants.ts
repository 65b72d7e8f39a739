// Reading a round's participants as the screens and the card sheet need them: live records by
// number, the seats they take, the waiting list, and who of the registry is already in the round.
import { Dexie } from 'dexie';
import { seatCountsOf, waitingInOrder, type SeatCounts } from '@shared/domain/training/seats';
import type { AppDB, ParticipantRecord } from '../app-db';

function byNumber(db: AppDB, roundId: string) {
  return db.participants
    .where('[roundId+number]')
    .between([roundId, Dexie.minKey], [roundId, Dexie.maxKey], true, true);
}

/** The round's live participants (any status), by number; tombstones left out. */
export function liveParticipantsOfRound(db: AppDB, roundId: string): Promise<ParticipantRecord[]> {
  return byNumber(db, roundId)
    .filter((p) => p.deletedAt === null)
    .toArray();
}

/**
 * The highest number ever given in the round, deleted records included, so that a number printed
 * on a card is never given to somebody else.
 */
export async function highestNumberOf(db: AppDB, roundId: string): Promise<number> {
  const last = await byNumber(db, roundId).last();
  return last?.number ?? 0;
}

export type ParticipantList = {
  /** Enrolled and waiting, by number. */
  active: ParticipantRecord[];
  withdrawn: ParticipantRecord[];
  counts: SeatCounts;
  /** Participant ids of the waiting list, in the order it moves up. */
  waitingOrder: string[];
};

/** What the participants page shows; null when the round is unknown or deleted. */
export async function participantList(db: AppDB, roundId: string): Promise<ParticipantList | null> {
  const [round, participants] = await Promise.all([
    db.rounds.get(roundId),
    liveParticipantsOfRound(db, roundId),
  ]);
  if (!round || round.deletedAt !== null) return null;
  return {
    active: participants.filter((p) => p.status !== 'withdrawn'),
    withdrawn: participants.filter((p) => p.status === 'withdrawn'),
    counts: seatCountsOf(round.seats, participants),
    waitingOrder: waitingInOrder(participants).map((p) => p.id),
  };
}

/** Registry volunteer ids in the round (live, not withdrawn), to mark them in search results. */
export async function volunteerIdsInRound(db: AppDB, roundId: string): Promise<Set<string>> {
  const participants = await liveParticipantsOfRound(db, roundId);
  return new Set(
    participants
      .filter((p) => p.status !== 'withdrawn' && p.volunteerId !== null)
      .map((p) => p.volunteerId!),
  );
}

/** The enrolled participants whose cards are printed, by number; only `ids` when given. */
export async function participantsForCards(
  db: AppDB,
  roundId: string,
  ids?: readonly string[],
): Promise<ParticipantRecord[]> {
  const chosen = ids && ids.length > 0 ? new Set(ids) : null;
  const participants = await liveParticipantsOfRound(db, roundId);
  return participants.filter((p) => p.status === 'enrolled' && (!chosen || chosen.has(p.id)));
}
