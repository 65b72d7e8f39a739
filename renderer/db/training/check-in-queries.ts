// What the door shows for a session: the marks made (latest first), who is still missing, counts.
// Read through the `sessionId` and `roundId` indexes, so a round's size, not the table's, sets the cost.
import { attendanceIdOf } from '@shared/domain/training/attendance';
import type { AppDB, AttendanceRecord, ParticipantRecord } from '../app-db';

export type PresentRow = { mark: AttendanceRecord; participant: ParticipantRecord };

export type SessionCounts = {
  /** Enrolled participants with a mark for the session. */
  present: number;
  enrolled: number;
  late: number;
  leftEarly: number;
};

export type SessionAttendance = {
  present: PresentRow[];
  missing: ParticipantRecord[];
  counts: SessionCounts;
};

/** A person's live mark for a session, or null. */
export async function liveMarkOf(
  db: AppDB,
  participantId: string,
  sessionId: string,
): Promise<AttendanceRecord | null> {
  const mark = await db.attendance.get(attendanceIdOf(participantId, sessionId));
  return mark && mark.deletedAt === null ? mark : null;
}

/** The session's live marks, the latest check-in first. */
export async function sessionMarks(db: AppDB, sessionId: string): Promise<AttendanceRecord[]> {
  const marks = await db.attendance.where('sessionId').equals(sessionId).toArray();
  return marks
    .filter((mark) => mark.deletedAt === null)
    .sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt));
}

/** The round's live participants in number order, whatever their status. */
export async function roundParticipants(db: AppDB, roundId: string): Promise<ParticipantRecord[]> {
  const participants = await db.participants.where('roundId').equals(roundId).toArray();
  return participants.filter((p) => p.deletedAt === null).sort((a, b) => a.number - b.number);
}

/** Joins marks to the round's participants: who came, who is missing, and the counts. */
export function attendanceOf(
  participants: readonly ParticipantRecord[],
  marks: readonly AttendanceRecord[],
): SessionAttendance {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const present: PresentRow[] = [];
  for (const mark of marks) {
    const participant = byId.get(mark.participantId);
    if (participant) present.push({ mark, participant });
  }
  const marked = new Set(present.map((row) => row.participant.id));
  const enrolled = participants.filter((p) => p.status === 'enrolled');
  const presentEnrolled = present.filter((row) => row.participant.status === 'enrolled');
  return {
    present,
    missing: enrolled.filter((p) => !marked.has(p.id)),
    counts: {
      present: presentEnrolled.length,
      enrolled: enrolled.length,
      late: presentEnrolled.filter((row) => row.mark.late).length,
      leftEarly: presentEnrolled.filter((row) => row.mark.leftEarly).length,
    },
  };
}

/** Everything the door shows for a session, read together so the lists and counts agree. */
export async function sessionAttendance(
  db: AppDB,
  roundId: string,
  sessionId: string,
): Promise<SessionAttendance> {
  const [participants, marks] = await Promise.all([
    roundParticipants(db, roundId),
    sessionMarks(db, sessionId),
  ]);
  return attendanceOf(participants, marks);
}

/** Enrolled participants without a live mark for the session, in number order. */
export async function missingForSession(
  db: AppDB,
  roundId: string,
  sessionId: string,
): Promise<ParticipantRecord[]> {
  return (await sessionAttendance(db, roundId, sessionId)).missing;
}

export async function sessionCounts(
  db: AppDB,
  roundId: string,
  sessionId: string,
): Promise<SessionCounts> {
  return (await sessionAttendance(db, roundId, sessionId)).counts;
}
