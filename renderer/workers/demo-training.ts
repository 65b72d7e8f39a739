// Demo training for a new installation: a course, a round held earlier this year with its
// attendance, and an upcoming round with its participants enrolled, written through the write layer.
import { demoCourse, demoParticipations, demoRound, type DemoVolunteer } from '@shared/demo';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import type { Organisation } from '@shared/domain/organisations/organisation';
import type { AppDB } from '../db/app-db';
import type { Writer } from '../db/write';

/** Seats of each demo round; the earlier round seats this many more. */
const SEATS = 40;

export async function writeDemoTraining(
  db: AppDB,
  writer: Writer,
  seed: number,
  organisation: Organisation,
  centres: readonly Organisation[],
  volunteers: readonly DemoVolunteer[],
): Promise<void> {
  const active = volunteers.filter((v) => v.status === 'active');
  if (active.length < SEATS * 2) return;
  const owner = organisation.code;
  const names = new Map(centres.map((c) => [c.code, c.nameTh]));
  const organisationName = (code: string) => names.get(code) ?? organisation.nameTh;
  const provinces = [...new Set(centres.flatMap((c) => (c.provinceCode ? [c.provinceCode] : [])))];
  const course = demoCourse(seed, owner);
  const today = todayIso();
  const year = today.slice(0, 4);
  const held = demoRound({
    seed,
    owner,
    courseId: course.id,
    number: 1,
    startsOn: `${year}-03-21`,
    days: 2,
    sessionsPerDay: 3,
    provinces,
    seats: SEATS,
  });
  const upcoming = demoRound({
    seed,
    owner,
    courseId: course.id,
    number: 2,
    startsOn: inDays(today, 21),
    days: 2,
    sessionsPerDay: 3,
    provinces,
    seats: SEATS,
  });
  const enrolledAt = new Date().toISOString();
  const first = demoParticipations({
    seed,
    round: held,
    volunteers: active.slice(0, SEATS),
    organisationName,
    attendance: 0.9,
    enrolledAt,
  });
  const second = demoParticipations({
    seed,
    round: upcoming,
    volunteers: active.slice(SEATS, SEATS + 30),
    organisationName,
    attendance: 0,
    enrolledAt,
  });
  await db.transaction(
    'rw',
    [db.courses, db.rounds, db.participants, db.attendance, db.audit, db.meta],
    async () => {
      await writer.create('courses', course);
      await writer.createMany('rounds', [held, upcoming]);
      await writer.createMany('participants', [...first.participants, ...second.participants]);
      await writer.createMany('attendance', first.marks);
    },
  );
}

function inDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
