// The rounds a volunteer took part in, for the volunteer's page and award eligibility: each with its
// course, the sessions attended and whether the volunteer completed it (the override in force).
import { completionOf, type Completion } from '@shared/domain/training/completion';
import { defaultCompletionRule } from '@shared/domain/training/course';
import type { AppDB, CourseRecord, ParticipantRecord, RoundRecord } from '../app-db';

export type VolunteerRound = {
  participant: ParticipantRecord;
  round: RoundRecord;
  course: CourseRecord | null;
  completion: Completion;
};

/**
 * The volunteer's live, seated participations in live rounds (the `volunteerId` index), newest
 * round first; waiting or withdrawn places are not participations.
 */
export async function volunteerRounds(db: AppDB, volunteerId: string): Promise<VolunteerRound[]> {
  const participants = await db.participants
    .where('volunteerId')
    .equals(volunteerId)
    .filter((p) => p.deletedAt === null && p.status === 'enrolled')
    .toArray();
  const rounds = await db.rounds.bulkGet(participants.map((p) => p.roundId));
  const courseIds = [...new Set(rounds.flatMap((r) => (r ? [r.courseId] : [])))];
  const courses = new Map(
    (await db.courses.bulkGet(courseIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const rows = await Promise.all(
    participants.map(async (participant, i) => {
      const round = rounds[i];
      if (!round || round.deletedAt !== null) return null;
      const course = courses.get(round.courseId) ?? null;
      const attended = await attendedSessionIds(db, participant.id);
      const rule = course?.completion ?? defaultCompletionRule;
      const completion = completionOf(
        rule,
        round.sessions,
        attended,
        participant.completionOverride,
      );
      return { participant, round, course, completion };
    }),
  );
  return rows
    .filter((r): r is VolunteerRound => r !== null)
    .sort((a, b) => b.round.startsOn.localeCompare(a.round.startsOn));
}

/** The sessions a participant has a live attendance mark for (the `participantId` index). */
async function attendedSessionIds(db: AppDB, participantId: string): Promise<Set<string>> {
  const marks = await db.attendance.where('participantId').equals(participantId).toArray();
  return new Set(marks.filter((m) => m.deletedAt === null).map((m) => m.sessionId));
}

/** The rounds the volunteer completed, newest first: what award eligibility counts. */
export async function completedRoundsOf(db: AppDB, volunteerId: string): Promise<VolunteerRound[]> {
  return (await volunteerRounds(db, volunteerId)).filter((r) => r.completion.completed);
}
