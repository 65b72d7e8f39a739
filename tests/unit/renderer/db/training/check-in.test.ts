import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB, ParticipantRecord } from '@renderer/db/app-db';
import {
  checkIn,
  findForCheckIn,
  setLate,
  setLeftEarly,
  undoCheckIn,
} from '@renderer/db/training/check-in';
import {
  liveMarkOf,
  missingForSession,
  sessionAttendance,
  sessionCounts,
  sessionMarks,
} from '@renderer/db/training/check-in-queries';
import { createWriter, type NewRecord, type Writer } from '@renderer/db/write';
import { thaiIdCheckDigit } from '@shared/domain/people/thai-id';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import { cardText } from '@shared/domain/training/check-in-input';
import type { ParticipantStatus } from '@shared/domain/training/participant';
import { isUserFacingError, type UserFacingError } from '@shared/errors';
import { freshDb } from '../test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
const morning = '6f1c2a3b-4d5e-4f60-8a7b-1c2d3e4f5a60';
const afternoon = '7a2b3c4d-5e6f-4a70-9b8c-2d3e4f5a6b71';
/** Local clock times of the round's day: lateness is judged in the venue's own time. */
const on = (hours: number, minutes: number) => new Date(2026, 2, 21, hours, minutes);

let db: AppDB;
afterEach(() => db?.close());

function nationalIdOf(n: number): string {
  const first12 = `310170020${String(n).padStart(3, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

type Person = [firstNameTh: string, lastNameTh: string, status?: ParticipantStatus];

const people: Person[] = [
  ['สมชาย', 'ใจดี'],
  ['สมศรี', 'ใจงาม'],
  ['ประยูร', 'ศรีสุข'],
  ['บุญมี', 'มีสุข', 'waiting'],
  ['มานะ', 'ขยันยิ่ง', 'withdrawn'],
];

async function roundWithPeople(): Promise<{
  writer: Writer;
  roundId: string;
  otherRoundId: string;
  participants: ParticipantRecord[];
  stranger: ParticipantRecord;
}> {
  db = await freshDb();
  const writer = createWriter(db, centre);
  const course = await writer.create('courses', {
    titleTh: 'การพัฒนาศักยภาพ อพม.',
    titleEn: '',
    purpose: '',
    indicators: ['2.1'],
    completion: { minPercent: 80, requireMarkedSessions: false },
  });
  const roundOf = (number: number, sessions: NewRecord<'rounds'>['sessions']) =>
    writer.create('rounds', {
      courseId: course.id,
      number,
      startsOn: '2026-03-21',
      endsOn: '2026-03-21',
      venue: 'โรงแรมอมรินทร์ลากูน',
      provinces: ['65'],
      seats: 50,
      trainers: [],
      sessions,
      signatory: { name: '', title: '' },
    });
  const session = (id: string, starts: string, ends: string) => ({
    id,
    on: '2026-03-21',
    starts,
    ends,
    titleTh: 'บทบาทของ อพม.',
    kind: 'lecture' as const,
    speaker: '',
    required: true,
  });
  const round = await roundOf(1, [
    session(morning, '09:00', '12:00'),
    session(afternoon, '13:00', '16:00'),
  ]);
  const otherRound = await roundOf(2, []);
  const participant = (roundId: string, n: number, [first, last, status]: Person) => ({
    roundId,
    number: n,
    role: 'volunteer' as const,
    volunteerId: null,
    nationalId: nationalIdOf(n + (roundId === round.id ? 0 : 100)),
    titleCode: 'mr',
    firstNameTh: first,
    lastNameTh: last,
    organisationName: 'ศูนย์ประสานงาน อพม.',
    provinceCode: '65',
    status: status ?? 'enrolled',
    enrolledAt: '2026-03-01T02:00:00.000Z',
    completionOverride: null,
    certificate: null,
  });
  const participants = await writer.createMany(
    'participants',
    people.map((person, i) => participant(round.id, i + 1, person)),
  );
  const stranger = await writer.create(
    'participants',
    participant(otherRound.id, 1, ['สมชาย', 'อื่น']),
  );
  return { writer, roundId: round.id, otherRoundId: otherRound.id, participants, stranger };
}

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isUserFacingError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('finding the person at the door', () => {
  it('finds by national id, as typed with dashes, through the round and id index', async () => {
    const { roundId, participants } = await roundWithPeople();
    const id = nationalIdOf(2);
    const typed = `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
    const found = await findForCheckIn(db, roundId, typed);
    expect(found).toMatchObject({ kind: 'found', method: 'national-id' });
    expect(found.kind === 'found' && found.participant.id).toBe(participants[1]!.id);
  });

  it('finds by card text, and not a card of another round', async () => {
    const { roundId, otherRoundId, participants, stranger } = await roundWithPeople();
    const found = await findForCheckIn(db, roundId, cardText(participants[2]!.id));
    expect(found.kind === 'found' && [found.participant.id, found.method]).toEqual([
      participants[2]!.id,
      'card',
    ]);
    expect(await findForCheckIn(db, roundId, cardText(stranger.id))).toMatchObject({
      kind: 'not-found',
      reason: 'other-round',
    });
    const own = await findForCheckIn(db, otherRoundId, cardText(stranger.id));
    expect(own.kind === 'found' && own.participant.id).toBe(stranger.id);
  });

  it('finds by number in this round only', async () => {
    const { roundId, participants } = await roundWithPeople();
    const found = await findForCheckIn(db, roundId, '๓');
    expect(found.kind === 'found' && [found.participant.id, found.method]).toEqual([
      participants[2]!.id,
      'number',
    ]);
    expect(await findForCheckIn(db, roundId, '99')).toMatchObject({ kind: 'not-found' });
  });

  it('offers everyone of the round whose names hold all the words, in any part', async () => {
    const { roundId, participants } = await roundWithPeople();
    const both = await findForCheckIn(db, roundId, 'สม ใจ');
    expect(both.kind === 'choices' && both.participants.map((p) => p.id)).toEqual([
      participants[0]!.id,
      participants[1]!.id,
    ]);
    const bySurnamePart = await findForCheckIn(db, roundId, 'สุข');
    expect(
      bySurnamePart.kind === 'choices' && bySurnamePart.participants.map((p) => p.number),
    ).toEqual([3, 4]);
    expect(await findForCheckIn(db, roundId, 'ไม่มีใคร')).toMatchObject({ kind: 'not-found' });
  });

  it('leaves out participants removed from the round', async () => {
    const { writer, roundId, participants } = await roundWithPeople();
    await writer.remove('participants', participants[0]!.id);
    expect(await findForCheckIn(db, roundId, '1')).toMatchObject({ kind: 'not-found' });
    expect(await findForCheckIn(db, roundId, cardText(participants[0]!.id))).toMatchObject({
      kind: 'not-found',
    });
  });

  it('finds nothing for empty input', async () => {
    const { roundId } = await roundWithPeople();
    expect(await findForCheckIn(db, roundId, '  ')).toEqual({ kind: 'none' });
  });
});

describe('checking in', () => {
  it('writes one mark with the deterministic id, on time within 15 minutes of the start', async () => {
    const { writer, roundId, participants } = await roundWithPeople();
    const person = participants[0]!;
    const { mark } = await checkIn(db, writer, {
      participantId: person.id,
      sessionId: morning,
      method: 'card',
      at: on(9, 15),
    });
    expect(mark).toMatchObject({
      id: attendanceIdOf(person.id, morning),
      roundId,
      participantId: person.id,
      sessionId: morning,
      method: 'card',
      late: false,
      leftEarly: false,
      checkedInAt: on(9, 15).toISOString(),
    });
    expect(await db.attendance.count()).toBe(1);
  });

  it('marks late after 15 minutes, unless the trainer says otherwise', async () => {
    const { writer, participants } = await roundWithPeople();
    const late = await checkIn(db, writer, {
      participantId: participants[0]!.id,
      sessionId: morning,
      method: 'number',
      at: on(9, 16),
    });
    expect(late.mark.late).toBe(true);
    const excused = await checkIn(db, writer, {
      participantId: participants[1]!.id,
      sessionId: morning,
      method: 'number',
      at: on(9, 40),
      late: false,
    });
    expect(excused.mark.late).toBe(false);
  });

  it('refuses a second check-in and says when the first one was', async () => {
    const { writer, participants } = await roundWithPeople();
    const request = {
      participantId: participants[0]!.id,
      sessionId: morning,
      method: 'name' as const,
    };
    await checkIn(db, writer, { ...request, at: on(9, 2) });
    const error = await refusal(checkIn(db, writer, { ...request, at: on(9, 30) }));
    expect(error.code).toBe('check-in.already');
    expect(error.text.th).toContain('09:02');
    expect(error.text.en).toContain('09:02');
    expect(error.text.th).toContain('นายสมชาย ใจดี');
  });

  it('refuses the waiting list and the withdrawn, and writes nothing for them', async () => {
    const { writer, participants } = await roundWithPeople();
    const waiting = await refusal(
      checkIn(db, writer, {
        participantId: participants[3]!.id,
        sessionId: morning,
        method: 'number',
      }),
    );
    expect(waiting.code).toBe('check-in.waiting');
    expect(waiting.text.th).toContain('รายชื่อสำรอง');
    const withdrawn = await refusal(
      checkIn(db, writer, {
        participantId: participants[4]!.id,
        sessionId: morning,
        method: 'number',
      }),
    );
    expect(withdrawn.code).toBe('check-in.withdrawn');
    expect(await db.attendance.count()).toBe(0);
  });

  it('refuses a session of another round', async () => {
    const { writer, stranger } = await roundWithPeople();
    const error = await refusal(
      checkIn(db, writer, { participantId: stranger.id, sessionId: morning, method: 'card' }),
    );
    expect(error.code).toBe('check-in.unknown-session');
  });

  it('undone then checked in again, keeps one record whose version vector has moved on', async () => {
    const { writer, participants } = await roundWithPeople();
    const request = {
      participantId: participants[0]!.id,
      sessionId: morning,
      method: 'card' as const,
    };
    const first = await checkIn(db, writer, { ...request, at: on(8, 50) });
    await undoCheckIn(writer, first.mark.id);
    const undone = await db.attendance.get(first.mark.id);
    expect(undone?.deletedAt).not.toBeNull();
    expect(await sessionMarks(db, morning)).toEqual([]);
    expect(await liveMarkOf(db, request.participantId, morning)).toBeNull();

    const again = await checkIn(db, writer, { ...request, method: 'name', at: on(9, 20) });
    expect(again.mark.id).toBe(first.mark.id);
    expect(again.mark.deletedAt).toBeNull();
    expect(again.mark.method).toBe('name');
    expect(again.mark.late).toBe(true);
    expect(again.mark.vv['C6501-1']).toBeGreaterThan(undone!.vv['C6501-1']!);
    expect(undone!.vv['C6501-1']).toBeGreaterThan(first.mark.vv['C6501-1']!);
    expect(await db.attendance.count()).toBe(1);
    expect((await liveMarkOf(db, request.participantId, morning))?.checkedInAt).toBe(
      on(9, 20).toISOString(),
    );
  });

  it('lets the trainer change late and left early on a mark', async () => {
    const { writer, participants } = await roundWithPeople();
    const { mark } = await checkIn(db, writer, {
      participantId: participants[0]!.id,
      sessionId: morning,
      method: 'card',
      at: on(9, 0),
    });
    await setLate(writer, mark.id, true);
    await setLeftEarly(writer, mark.id, true);
    expect(await db.attendance.get(mark.id)).toMatchObject({ late: true, leftEarly: true });
    await setLate(writer, mark.id, false);
    expect((await db.attendance.get(mark.id))?.late).toBe(false);
  });
});

describe("a session's attendance", () => {
  it('lists who is missing, shrinking as people check in, and counts per session', async () => {
    const { writer, roundId, participants } = await roundWithPeople();
    const enrolled = participants.filter((p) => p.status === 'enrolled');
    expect((await missingForSession(db, roundId, morning)).map((p) => p.number)).toEqual([1, 2, 3]);

    await checkIn(db, writer, {
      participantId: enrolled[1]!.id,
      sessionId: morning,
      method: 'card',
      at: on(9, 0),
    });
    await checkIn(db, writer, {
      participantId: enrolled[2]!.id,
      sessionId: morning,
      method: 'card',
      at: on(9, 30),
    });
    expect((await missingForSession(db, roundId, morning)).map((p) => p.number)).toEqual([1]);
    expect((await missingForSession(db, roundId, afternoon)).map((p) => p.number)).toEqual([
      1, 2, 3,
    ]);
    expect(await sessionCounts(db, roundId, morning)).toEqual({
      present: 2,
      enrolled: 3,
      late: 1,
      leftEarly: 0,
    });
    expect(await sessionCounts(db, roundId, afternoon)).toMatchObject({ present: 0, enrolled: 3 });

    const { present } = await sessionAttendance(db, roundId, morning);
    expect(present.map((row) => row.participant.number)).toEqual([3, 2]);

    await undoCheckIn(writer, attendanceIdOf(enrolled[1]!.id, morning));
    expect((await missingForSession(db, roundId, morning)).map((p) => p.number)).toEqual([1, 2]);
    expect((await sessionCounts(db, roundId, morning)).present).toBe(1);
  });
});
