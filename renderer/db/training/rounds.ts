// Training rounds: the front page's list with seat counts, the next free round number, and adding,
// changing, deleting (a tombstone, refused once attendance is marked) and restoring a round.
import { UserFacingError } from '@shared/errors';
import { sessionsInOrder, type RoundFields } from '@shared/domain/training/round';
import {
  checkRound,
  nextRoundNumber,
  numberTakenProblem,
  seatsWarning,
  type RoundProblem,
} from '@shared/domain/training/round-rules';
import type { AppDB, CourseRecord, RoundRecord } from '../app-db';
import type { Writer } from '../write';

export type SeatsTaken = { enrolled: number; waiting: number };

export type RoundRow = SeatsTaken & {
  round: RoundRecord;
  course: CourseRecord | null;
  /** The organiser's Thai name when the register knows it, else its code. */
  organiserName: string;
};

export type SavedRound = { round: RoundRecord; warnings: RoundProblem[] };

const isLive = (r: { deletedAt: string | null }) => r.deletedAt === null;

/** Live rounds, newest first (the `startsOn` index), at most `limit`, with course and seats. */
export async function listRounds(db: AppDB, limit = 200): Promise<RoundRow[]> {
  const rounds = await db.rounds
    .orderBy('startsOn')
    .reverse()
    .filter(isLive)
    .limit(limit)
    .toArray();
  const courseIds = [...new Set(rounds.map((r) => r.courseId))];
  const owners = [...new Set(rounds.map((r) => r.owner))];
  const [courses, organisations, seats] = await Promise.all([
    db.courses.bulkGet(courseIds),
    db.organisations.where('code').anyOf(owners).toArray(),
    seatsTakenOf(
      db,
      rounds.map((r) => r.id),
    ),
  ]);
  const courseById = new Map(courseIds.map((id, i) => [id, courses[i] ?? null]));
  const nameByCode = new Map(organisations.map((o) => [o.code, o.nameTh]));
  return rounds.map((round) => ({
    round,
    course: courseById.get(round.courseId) ?? null,
    organiserName: nameByCode.get(round.owner) ?? round.owner,
    ...(seats.get(round.id) ?? { enrolled: 0, waiting: 0 }),
  }));
}

/** Seats taken and people waiting per round, from the live participants (the `roundId` index). */
export async function seatsTakenOf(
  db: AppDB,
  roundIds: readonly string[],
): Promise<Map<string, SeatsTaken>> {
  const counts = new Map<string, SeatsTaken>(
    roundIds.map((id) => [id, { enrolled: 0, waiting: 0 }]),
  );
  await db.participants
    .where('roundId')
    .anyOf([...roundIds])
    .each((p) => {
      const count = counts.get(p.roundId);
      if (!count || p.deletedAt !== null) return;
      if (p.status === 'enrolled') count.enrolled += 1;
      else if (p.status === 'waiting') count.waiting += 1;
    });
  return counts;
}

/** Live attendance marks of a round. */
export function marksOfRound(db: AppDB, roundId: string): Promise<number> {
  return db.attendance.where('roundId').equals(roundId).filter(isLive).count();
}

export type RoundCounts = SeatsTaken & { marks: number };

/** What the round's overview counts: seats taken, people waiting, attendance marks. */
export async function roundCounts(db: AppDB, roundId: string): Promise<RoundCounts> {
  const [seats, marks] = await Promise.all([
    seatsTakenOf(db, [roundId]),
    marksOfRound(db, roundId),
  ]);
  return { ...seats.get(roundId)!, marks };
}

/** Numbers the organiser's live rounds of the course already use, leaving one round out. */
async function takenNumbers(
  db: AppDB,
  courseId: string,
  owner: string,
  exceptId?: string,
): Promise<number[]> {
  const rounds = await db.rounds.where('courseId').equals(courseId).toArray();
  return rounds
    .filter((r) => isLive(r) && r.owner === owner && r.id !== exceptId)
    .map((r) => r.number);
}

/** The round number to suggest for a new round of a course by this organiser. */
export async function nextFreeRoundNumber(
  db: AppDB,
  courseId: string,
  owner: string,
): Promise<number> {
  return nextRoundNumber(await takenNumbers(db, courseId, owner));
}

function errorOf(p: RoundProblem): UserFacingError {
  return new UserFacingError(p.code, { th: p.th, en: p.en }, { field: p.field });
}

/** The first problem of a round as an error the form can place on its field. */
export function roundError(fields: unknown): UserFacingError | null {
  const check = checkRound(fields);
  return check.ok ? null : errorOf(check.problems[0]!);
}

async function checkNumberFree(db: AppDB, fields: RoundFields, owner: string, id?: string) {
  const taken = await takenNumbers(db, fields.courseId, owner, id);
  if (taken.includes(fields.number)) throw errorOf(numberTakenProblem(fields.number, taken));
}

/** A session that attendance points to cannot be taken out of the round. */
async function checkMarkedSessionsKept(db: AppDB, before: RoundRecord, fields: RoundFields) {
  const kept = new Set(fields.sessions.map((s) => s.id));
  const removed = before.sessions.filter((s) => !kept.has(s.id));
  if (removed.length === 0) return;
  const marked = await db.attendance
    .where('sessionId')
    .anyOf(removed.map((s) => s.id))
    .filter(isLive)
    .first();
  if (!marked) return;
  const session = removed.find((s) => s.id === marked.sessionId)!;
  throw new UserFacingError(
    'round.session-has-marks',
    {
      th: `ช่วง "${session.titleTh}" มีการลงชื่อเข้าร่วมแล้ว จึงนำออกจากรุ่นไม่ได้ หากต้องการนำออก ให้ยกเลิกการลงชื่อของช่วงนี้ก่อน`,
      en: `Session "${session.titleTh}" has attendance marked, so it cannot be removed. Undo its check-ins first.`,
    },
    { field: 'sessions' },
  );
}

/**
 * Adds a round for `organisation` (no `id`) or changes one after checking its rules, the number's
 * uniqueness and that no session with attendance is dropped. Fewer seats than people enrolled is
 * saved with a warning.
 */
export async function saveRound(
  db: AppDB,
  writer: Writer,
  organisation: string,
  fields: RoundFields,
  id?: string,
): Promise<SavedRound> {
  const check = checkRound(fields);
  if (!check.ok) throw errorOf(check.problems[0]!);
  // Problems name the rows as the person typed them; the round keeps its sessions in running order.
  const value = { ...check.value, sessions: sessionsInOrder(check.value.sessions) };
  const tables = [db.rounds, db.participants, db.attendance, db.audit, db.meta];
  return db.transaction('rw', tables, async () => {
    const before = id ? await db.rounds.get(id) : undefined;
    await checkNumberFree(db, value, before?.owner ?? organisation, id);
    if (before) await checkMarkedSessionsKept(db, before, value);
    const round = before
      ? await writer.update('rounds', before.id, value)
      : await writer.create('rounds', { ...value, owner: organisation });
    const taken = (await seatsTakenOf(db, [round.id])).get(round.id)!;
    const warning = seatsWarning(round.seats, taken.enrolled);
    return { round, warnings: warning ? [warning] : [] };
  });
}

/** Deletes a round (a tombstone, so that the deletion travels); refused once attendance is marked. */
export async function deleteRound(db: AppDB, writer: Writer, id: string): Promise<void> {
  await db.transaction('rw', [db.rounds, db.attendance, db.audit, db.meta], async () => {
    const marks = await marksOfRound(db, id);
    if (marks > 0) {
      throw new UserFacingError(
        'round.has-marks',
        {
          th: `รุ่นนี้มีการลงชื่อเข้าร่วมแล้ว ${marks} ครั้ง จึงลบไม่ได้ หากจัดไม่ได้จริง ให้ยกเลิกการลงชื่อทั้งหมดก่อน`,
          en: `This round has ${marks} attendance marks, so it cannot be deleted. Undo its check-ins first if it really did not take place.`,
        },
        { field: 'round' },
      );
    }
    await writer.remove('rounds', id);
  });
}

/** Brings a deleted round back (undo), unless its number was given to another round meanwhile. */
export async function restoreRound(db: AppDB, writer: Writer, id: string): Promise<void> {
  await db.transaction('rw', [db.rounds, db.audit, db.meta], async () => {
    const round = await db.rounds.get(id);
    if (round?.deletedAt) await checkNumberFree(db, round, round.owner, id);
    await writer.restore('rounds', id);
  });
}
