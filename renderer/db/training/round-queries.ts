// Reading a round with its course: what every page of a round shows in its heading.
import type { AppDB, CourseRecord, RoundRecord } from '../app-db';

export type RoundWithCourse = { round: RoundRecord; course: CourseRecord | null };

/** The live round and its course; null when the round is unknown or deleted. */
export async function roundWithCourse(db: AppDB, roundId: string): Promise<RoundWithCourse | null> {
  const round = await db.rounds.get(roundId);
  if (!round || round.deletedAt) return null;
  const course = (await db.courses.get(round.courseId)) ?? null;
  return { round, course };
}
