// A round's completion per participant: the enrolled participants, their live attendance marks read
// at once through the round's index, the course's rule and each person's override; and the override
// itself, set or cleared through the write layer.
import { todayIso } from '@shared/domain/dates/buddhist-era';
import {
  participantCompletions,
  type ParticipantCompletion,
} from '@shared/domain/reports/training-report';
import { defaultCompletionRule, type CompletionRule } from '@shared/domain/training/course';
import { sessionsInOrder, type TrainingSession } from '@shared/domain/training/round';
import { UserFacingError } from '@shared/errors';
import type {
  AppDB,
  AttendanceRecord,
  CourseRecord,
  ParticipantRecord,
  RoundRecord,
} from '../app-db';
import type { Writer } from '../write';

/** Everything a round's completion and report are computed from, read once. */
export type RoundRecords = {
  round: RoundRecord;
  course: CourseRecord | null;
  /** The course's rule; the default one while the course is not here. */
  rule: CompletionRule;
  sessions: TrainingSession[];
  /** Enrolled and live, by number. */
  participants: ParticipantRecord[];
  /** Live marks of the round. */
  marks: AttendanceRecord[];
};

export type CompletionRow = ParticipantCompletion<ParticipantRecord>;

export type RoundCompletion = RoundRecords & { rows: CompletionRow[] };

const REASON_MAX = 500;

/** One read per table: the round, its course, its participants and its marks; null for no round. */
export async function readRoundRecords(db: AppDB, roundId: string): Promise<RoundRecords | null> {
  return db.transaction('r', [db.rounds, db.courses, db.participants, db.attendance], async () => {
    const round = await db.rounds.get(roundId);
    if (!round || round.deletedAt) return null;
    const [course, participants, marks] = await Promise.all([
      db.courses.get(round.courseId),
      db.participants.where('roundId').equals(roundId).toArray(),
      db.attendance.where('roundId').equals(roundId).toArray(),
    ]);
    const liveCourse = course && !course.deletedAt ? course : null;
    return {
      round,
      course: liveCourse,
      rule: liveCourse?.completion ?? defaultCompletionRule,
      sessions: sessionsInOrder(round.sessions),
      participants: participants
        .filter((p) => p.deletedAt === null && p.status === 'enrolled')
        .sort((a, b) => a.number - b.number),
      marks: marks.filter((m) => m.deletedAt === null),
    };
  });
}

/** Each enrolled participant's completion, by number; null when the round is unknown or deleted. */
export async function roundCompletion(db: AppDB, roundId: string): Promise<RoundCompletion | null> {
  const records = await readRoundRecords(db, roundId);
  if (!records) return null;
  const { rule, sessions, participants, marks } = records;
  return { ...records, rows: participantCompletions(rule, sessions, participants, marks) };
}

/** A person's verdict over the computed one; the reason is kept for the round's report. */
export async function overrideCompletion(
  writer: Writer,
  participantId: string,
  completed: boolean,
  reason: string,
  on: string = todayIso(),
): Promise<ParticipantRecord> {
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new UserFacingError(
      'completion.reason-required',
      {
        th: 'ยังไม่ได้ระบุเหตุผลที่เปลี่ยนผลการผ่านการอบรม: กรอกเหตุผลในช่อง "เหตุผล" แล้วบันทึกอีกครั้ง',
        en: 'No reason was given for changing the completion verdict: fill in "Reason" and save again.',
      },
      { field: 'reason' },
    );
  }
  if (trimmed.length > REASON_MAX) {
    throw new UserFacingError(
      'completion.reason-too-long',
      {
        th: `เหตุผลยาว ${trimmed.length} ตัวอักษร เกิน ${REASON_MAX} ตัวอักษร: ย่อเหตุผลในช่อง "เหตุผล" แล้วบันทึกอีกครั้ง`,
        en: `The reason is ${trimmed.length} characters long, over ${REASON_MAX}: shorten "Reason" and save again.`,
      },
      { field: 'reason' },
    );
  }
  return writer.update('participants', participantId, {
    completionOverride: { completed, reason: trimmed, on },
  });
}

/** Back to the computed verdict. */
export async function clearOverride(
  writer: Writer,
  participantId: string,
): Promise<ParticipantRecord> {
  return writer.update('participants', participantId, { completionOverride: null });
}
