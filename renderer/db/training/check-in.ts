// Check-in at the door: finding the person from what was typed or scanned, and writing, undoing and
// adjusting their mark for a session. A mark has one id per person and session, so undoing leaves a
// tombstone and checking in again restores that same record.
import { attendanceIdOf, type CheckInMethod } from '@shared/domain/training/attendance';
import { parseCheckInInput, type CheckInInput } from '@shared/domain/training/check-in-input';
import { clockOf, isLateFor, localMomentOf } from '@shared/domain/training/lateness';
import type { AppDB, AttendanceRecord, ParticipantRecord } from '../app-db';
import type { Writer } from '../write';
import {
  alreadyCheckedInError,
  notEnrolledError,
  unknownParticipantError,
  unknownSessionError,
} from './check-in-errors';
import { matchesNameWords } from './check-in-names';
import { participantName } from '@shared/domain/training/participant';

export type CheckInLookup =
  | { kind: 'none' }
  | { kind: 'found'; participant: ParticipantRecord; method: CheckInMethod }
  /** Everyone whose name holds the typed words, the enrolled first, each by number. */
  | { kind: 'choices'; participants: ParticipantRecord[] }
  /** Nobody of this round: `other-round` when a card of another round was scanned. */
  | { kind: 'not-found'; input: CheckInInput; reason: 'unknown' | 'other-round' };

const isLive = (record: { deletedAt: string | null }) => record.deletedAt === null;

/** The enrolled first: a person may also appear withdrawn from an earlier enrolment. */
function byStatusThenNumber(a: ParticipantRecord, b: ParticipantRecord): number {
  const rank = (p: ParticipantRecord) => (p.status === 'enrolled' ? 0 : 1);
  return rank(a) - rank(b) || a.number - b.number;
}

/** Who was meant by the text typed or scanned at the door (or an input already parsed). */
export async function findForCheckIn(
  db: AppDB,
  roundId: string,
  typed: string | CheckInInput,
): Promise<CheckInLookup> {
  const input = typeof typed === 'string' ? parseCheckInInput(typed) : typed;
  const notFound = { kind: 'not-found', input, reason: 'unknown' } as const;
  const found = (participants: ParticipantRecord[], method: CheckInMethod): CheckInLookup => {
    const [first] = participants.filter(isLive).sort(byStatusThenNumber);
    return first ? { kind: 'found', participant: first, method } : notFound;
  };
  switch (input.kind) {
    case 'none':
      return { kind: 'none' };
    case 'national-id':
      return found(
        await db.participants
          .where('[roundId+nationalId]')
          .equals([roundId, input.nationalId])
          .toArray(),
        'national-id',
      );
    case 'card': {
      const participant = await db.participants.get(input.participantId);
      if (participant && isLive(participant) && participant.roundId !== roundId)
        return { ...notFound, reason: 'other-round' };
      return found(participant ? [participant] : [], 'card');
    }
    case 'number':
      return found(
        await db.participants.where('[roundId+number]').equals([roundId, input.number]).toArray(),
        'number',
      );
    case 'name': {
      const participants = (await db.participants.where('roundId').equals(roundId).toArray())
        .filter((p) => isLive(p) && matchesNameWords(p, input.words))
        .sort(byStatusThenNumber);
      return participants.length > 0 ? { kind: 'choices', participants } : notFound;
    }
  }
}

export type CheckInRequest = {
  participantId: string;
  sessionId: string;
  method: CheckInMethod;
  /** Left out: late when more than 15 minutes after the session's start on its day. */
  late?: boolean;
  /** Left out: now. */
  at?: Date;
};

export type CheckedIn = { mark: AttendanceRecord; participant: ParticipantRecord };

/**
 * Marks the person present for the session: a new mark, or the undone one restored. Refuses the
 * waiting list, the withdrawn, and a second check-in (saying when the first one was).
 */
export async function checkIn(
  db: AppDB,
  writer: Writer,
  request: CheckInRequest,
): Promise<CheckedIn> {
  const { participantId, sessionId, method } = request;
  const at = request.at ?? new Date();
  return db.transaction(
    'rw',
    [db.participants, db.rounds, db.attendance, db.audit, db.meta],
    async () => {
      const participant = await db.participants.get(participantId);
      if (!participant || !isLive(participant)) throw unknownParticipantError();
      const round = await db.rounds.get(participant.roundId);
      const session = round && isLive(round) && round.sessions.find((s) => s.id === sessionId);
      if (!session) throw unknownSessionError();
      const who = { name: participantName(participant), number: participant.number };
      if (participant.status !== 'enrolled') throw notEnrolledError(who, participant.status);

      const id = attendanceIdOf(participantId, sessionId);
      const existing = await db.attendance.get(id);
      if (existing && isLive(existing)) {
        throw alreadyCheckedInError(
          who,
          clockOf(localMomentOf(new Date(existing.checkedInAt)).minute),
        );
      }
      const fields = {
        roundId: participant.roundId,
        participantId,
        sessionId,
        checkedInAt: at.toISOString(),
        method,
        late: request.late ?? isLateFor(session, localMomentOf(at)),
        leftEarly: false,
      };
      if (!existing)
        return { mark: await writer.create('attendance', { ...fields, id }), participant };
      await writer.restore('attendance', id);
      return { mark: await writer.update('attendance', id, fields), participant };
    },
  );
}

/** Takes a check-in back: the mark becomes a tombstone, which travels like any change. */
export async function undoCheckIn(writer: Writer, markId: string): Promise<void> {
  await writer.remove('attendance', markId);
}

/** The trainer's judgement over the 15-minute rule. */
export async function setLate(writer: Writer, markId: string, late: boolean): Promise<void> {
  await writer.update('attendance', markId, { late });
}

export async function setLeftEarly(
  writer: Writer,
  markId: string,
  leftEarly: boolean,
): Promise<void> {
  await writer.update('attendance', markId, { leftEarly });
}
