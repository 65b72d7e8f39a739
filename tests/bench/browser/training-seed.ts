// Seeds the department's database, already holding the bench's volunteers, with a nation's years of
// training: rounds of 550 over two days, their participants and their attendance marks, written
// through the write layer; plus an upcoming round to check people in at and a fully attended one
// to print certificates for.
import {
  demoCourse,
  demoParticipations,
  demoRound,
  demoVolunteers,
  generateDemoCentres,
  type DemoVolunteer,
} from '@shared/demo';
import { AppDB } from '@renderer/db/app-db';
import { createWriter } from '@renderer/db/write';

export const ROUND_SIZE = 550;
const SESSIONS_PER_DAY = 3;
const CHUNK = 5_000;
const context = { installationId: 'DSDW-1', organisation: 'DSDW' };

export type SeededTraining = {
  seedMs: number;
  rounds: number;
  participants: number;
  marks: number;
  /** A held round: its completion is what the benchmark computes. */
  heldRoundId: string;
  /** An upcoming round, nobody checked in yet. */
  checkInRoundId: string;
  /** A round everyone attended in full: one certificate each. */
  certificateRoundId: string;
};

/** The bench's volunteers again (the same seed as the load), as the participants' source. */
function volunteersFor(count: number): DemoVolunteer[] {
  const centres = generateDemoCentres({ seed: 7, count: 313 });
  return [...demoVolunteers({ seed: 7, centres, count })];
}

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function seedTraining(
  volunteerCount: number,
  markCount: number,
): Promise<SeededTraining> {
  const db = new AppDB();
  await db.open();
  const writer = createWriter(db, context);
  const volunteers = volunteersFor(volunteerCount).filter((v) => v.status === 'active');
  const course = demoCourse(7, 'DSDW');
  const started = performance.now();
  await writer.create('courses', course);
  let marks = 0;
  let participants = 0;
  let number = 0;
  const enrolledAt = '2020-01-01T00:00:00.000Z';
  async function addRound(startsOn: string, attendance: number) {
    number += 1;
    const round = demoRound({
      seed: 7,
      owner: 'DSDW',
      courseId: course.id,
      number,
      startsOn,
      days: 2,
      sessionsPerDay: SESSIONS_PER_DAY,
      provinces: [],
      seats: ROUND_SIZE,
    });
    const from = ((number - 1) * ROUND_SIZE) % Math.max(1, volunteers.length - ROUND_SIZE);
    const seated = demoParticipations({
      seed: 7,
      round,
      volunteers: volunteers.slice(from, from + ROUND_SIZE),
      organisationName: (owner) => owner,
      attendance,
      enrolledAt,
    });
    await writer.create('rounds', round);
    await inChunks(seated.participants, (chunk) => writer.createMany('participants', chunk));
    await inChunks(seated.marks, (chunk) => writer.createMany('attendance', chunk));
    marks += seated.marks.length;
    participants += seated.participants.length;
    return round.id;
  }
  let heldRoundId = '';
  // Held rounds, about 2,970 marks each, until the marks asked for are there.
  for (let day = 0; marks < markCount; day++) {
    const startsOn = new Date(Date.UTC(2015, 0, 1 + day * 4)).toISOString().slice(0, 10);
    heldRoundId = await addRound(startsOn, 0.9);
  }
  const certificateRoundId = await addRound('2026-10-01', 1);
  const checkInRoundId = await addRound('2026-12-01', 0);
  const seedMs = performance.now() - started;
  db.close();
  return {
    seedMs,
    rounds: number,
    participants,
    marks,
    heldRoundId,
    checkInRoundId,
    certificateRoundId,
  };
}
