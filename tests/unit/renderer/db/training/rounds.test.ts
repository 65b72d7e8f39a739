import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import {
  deleteRound,
  listRounds,
  nextFreeRoundNumber,
  restoreRound,
  roundCounts,
  saveRound,
} from '@renderer/db/training/rounds';
import { createWriter, type Writer } from '@renderer/db/write';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import type { ParticipantFields, ParticipantStatus } from '@shared/domain/training/participant';
import type { RoundFields, TrainingSession } from '@shared/domain/training/round';
import { freshDb } from '../test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
const department = { installationId: 'DSDW-1', organisation: 'DSDW' };
let db: AppDB;
afterEach(() => db?.close());

function session(on: string, starts: string, ends: string, titleTh: string): TrainingSession {
  return {
    id: crypto.randomUUID(),
    on,
    starts,
    ends,
    titleTh,
    kind: 'lecture',
    speaker: '',
    required: false,
  };
}

function roundOf(courseId: string, changes: Partial<RoundFields> = {}): RoundFields {
  return {
    courseId,
    number: 1,
    startsOn: '2026-03-21',
    endsOn: '2026-03-22',
    venue: 'โรงแรมอมรินทร์ลากูน พิษณุโลก',
    provinces: ['65'],
    seats: 3,
    trainers: [],
    sessions: [
      session('2026-03-22', '09:00', '12:00', 'ฝึกปฏิบัติ'),
      session('2026-03-21', '13:00', '16:00', 'การชี้เป้า'),
      session('2026-03-21', '09:00', '12:00', 'บทบาทหน้าที่'),
    ],
    signatory: { name: '', title: '' },
    ...changes,
  };
}

async function addCourse(writer: Writer, titleTh = 'การพัฒนาศักยภาพ อพม.'): Promise<string> {
  const course = await writer.create('courses', {
    titleTh,
    titleEn: '',
    purpose: '',
    indicators: [],
    completion: { minPercent: 80, requireMarkedSessions: false },
  });
  return course.id;
}

let participantNumber = 0;
function participant(roundId: string, status: ParticipantStatus): ParticipantFields {
  participantNumber += 1;
  return {
    roundId,
    number: participantNumber,
    role: 'guest',
    volunteerId: null,
    nationalId: '',
    titleCode: 'นาง',
    firstNameTh: `ผู้เข้าอบรม${participantNumber}`,
    lastNameTh: 'ทดสอบ',
    organisationName: '',
    provinceCode: '',
    status,
    enrolledAt: '2026-03-01T09:00:00.000Z',
    completionOverride: null,
    certificate: null,
  };
}

async function markAttendance(
  writer: Writer,
  roundId: string,
  participantId: string,
  sessionId: string,
) {
  await writer.create('attendance', {
    id: attendanceIdOf(participantId, sessionId),
    roundId,
    participantId,
    sessionId,
    checkedInAt: '2026-03-21T02:00:00.000Z',
    method: 'name',
    late: false,
    leftEarly: false,
  });
}

describe('saving a round', () => {
  it('adds a round owned by the organiser, its sessions in running order', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const { round, warnings } = await saveRound(db, writer, 'C6501', roundOf(courseId));
    expect(round.owner).toBe('C6501');
    expect(round.sessions.map((s) => s.titleTh)).toEqual(['บทบาทหน้าที่', 'การชี้เป้า', 'ฝึกปฏิบัติ']);
    expect(warnings).toEqual([]);
  });

  it('refuses a round that breaks a date rule, by its field, writing nothing', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const refusal = await saveRound(
      db,
      writer,
      'C6501',
      roundOf(courseId, { endsOn: '2026-03-20' }),
    ).catch((e) => e);
    expect(refusal.code).toBe('round.ends-before-start');
    expect(refusal.where.field).toBe('endsOn');
    expect(await db.rounds.count()).toBe(0);
  });

  it('keeps round numbers unique per course and organiser among live rounds', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const [courseA, courseB] = [await addCourse(writer), await addCourse(writer, 'ค่ายเยาวชน')];
    const first = await saveRound(db, writer, 'C6501', roundOf(courseA));
    const refusal = await saveRound(db, writer, 'C6501', roundOf(courseA)).catch((e) => e);
    expect(refusal.code).toBe('round.number-taken');
    expect(refusal.where.field).toBe('number');
    expect(refusal.text.th).toContain('รุ่นที่ 2');
    // Another course, or another organiser, may use the same number.
    await expect(saveRound(db, writer, 'C6501', roundOf(courseB))).resolves.toBeTruthy();
    const departmentWriter = createWriter(db, department);
    await expect(saveRound(db, departmentWriter, 'DSDW', roundOf(courseA))).resolves.toBeTruthy();
    // Changing the round itself keeps its own number; a deleted round frees it.
    await expect(
      saveRound(db, writer, 'C6501', roundOf(courseA, { venue: 'ศาลากลาง' }), first.round.id),
    ).resolves.toBeTruthy();
    await deleteRound(db, writer, first.round.id);
    await expect(saveRound(db, writer, 'C6501', roundOf(courseA))).resolves.toBeTruthy();
  });

  it('suggests the next free number of the course for this organiser', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    expect(await nextFreeRoundNumber(db, courseId, 'C6501')).toBe(1);
    await saveRound(db, writer, 'C6501', roundOf(courseId, { number: 1 }));
    await saveRound(db, writer, 'C6501', roundOf(courseId, { number: 4 }));
    await saveRound(db, createWriter(db, department), 'DSDW', roundOf(courseId, { number: 9 }));
    expect(await nextFreeRoundNumber(db, courseId, 'C6501')).toBe(5);
    expect(await nextFreeRoundNumber(db, courseId, 'DSDW')).toBe(10);
  });

  it('saves fewer seats than people enrolled, with a warning', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const { round } = await saveRound(db, writer, 'C6501', roundOf(courseId, { seats: 3 }));
    for (let i = 0; i < 3; i++)
      await writer.create('participants', participant(round.id, 'enrolled'));
    const saved = await saveRound(db, writer, 'C6501', roundOf(courseId, { seats: 2 }), round.id);
    expect(saved.round.seats).toBe(2);
    expect(saved.warnings.map((w) => w.code)).toEqual(['round.seats-below-enrolled']);
  });

  it('refuses to drop a session that has attendance marked', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const fields = roundOf(courseId);
    const { round } = await saveRound(db, writer, 'C6501', fields);
    const p = await writer.create('participants', participant(round.id, 'enrolled'));
    await markAttendance(writer, round.id, p.id, fields.sessions[2]!.id);
    const without = { ...fields, sessions: fields.sessions.slice(0, 2) };
    const refusal = await saveRound(db, writer, 'C6501', without, round.id).catch((e) => e);
    expect(refusal.code).toBe('round.session-has-marks');
    expect(refusal.text.th).toContain('บทบาทหน้าที่');
    // A session without marks may go.
    const kept = { ...fields, sessions: [fields.sessions[2]!] };
    const saved = await saveRound(db, writer, 'C6501', kept, round.id);
    expect(saved.round.sessions).toHaveLength(1);
  });

  it('lets only the organiser change a round', async () => {
    db = await freshDb();
    const departmentWriter = createWriter(db, department);
    const courseId = await addCourse(departmentWriter);
    const { round } = await saveRound(db, departmentWriter, 'DSDW', roundOf(courseId));
    const refusal = await saveRound(
      db,
      createWriter(db, centre),
      'C6501',
      roundOf(courseId, { venue: 'ที่อื่น' }),
      round.id,
    ).catch((e) => e);
    expect(refusal.code).toBe('write.not-owner');
    expect((await db.rounds.get(round.id))?.venue).toBe('โรงแรมอมรินทร์ลากูน พิษณุโลก');
  });
});

describe('the front page’s list', () => {
  it('lists live rounds newest first with course, organiser and seats taken and waiting', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    await createWriter(db, department).create('organisations', {
      code: 'DSDW',
      kind: 'department',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: 'DSDW',
      provinceCode: null,
    });
    const courseId = await addCourse(writer);
    const early = await saveRound(db, writer, 'C6501', roundOf(courseId, { number: 1 }));
    const late = await saveRound(
      db,
      writer,
      'C6501',
      roundOf(courseId, { number: 2, startsOn: '2026-06-01', endsOn: '2026-06-01', sessions: [] }),
    );
    const gone = await saveRound(
      db,
      writer,
      'C6501',
      roundOf(courseId, { number: 3, startsOn: '2027-01-01', endsOn: '2027-01-01', sessions: [] }),
    );
    await deleteRound(db, writer, gone.round.id);
    const national = await saveRound(
      db,
      createWriter(db, department),
      'DSDW',
      roundOf(courseId, { startsOn: '2026-04-01', endsOn: '2026-04-02', sessions: [] }),
    );
    const statuses: ParticipantStatus[] = ['enrolled', 'enrolled', 'waiting', 'withdrawn'];
    for (const status of statuses)
      await writer.create('participants', participant(early.round.id, status));
    const removed = await writer.create('participants', participant(early.round.id, 'enrolled'));
    await writer.remove('participants', removed.id);

    const rows = await listRounds(db);
    expect(rows.map((r) => r.round.id)).toEqual([late.round.id, national.round.id, early.round.id]);
    expect(rows[1]!.organiserName).toBe('กรมพัฒนาสังคมและสวัสดิการ');
    expect(rows[2]).toMatchObject({ enrolled: 2, waiting: 1, organiserName: 'C6501' });
    expect(rows[2]!.course?.titleTh).toBe('การพัฒนาศักยภาพ อพม.');
    expect(rows[0]).toMatchObject({ enrolled: 0, waiting: 0 });
    expect(await roundCounts(db, early.round.id)).toEqual({ enrolled: 2, waiting: 1, marks: 0 });
  });
});

describe('deleting a round', () => {
  it('leaves a tombstone that restore brings back', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const { round } = await saveRound(db, writer, 'C6501', roundOf(courseId));
    await deleteRound(db, writer, round.id);
    expect((await db.rounds.get(round.id))?.deletedAt).not.toBeNull();
    expect(await listRounds(db)).toEqual([]);
    await restoreRound(db, writer, round.id);
    expect((await listRounds(db)).map((r) => r.round.id)).toEqual([round.id]);
  });

  it('refuses while the round has attendance marks, saying how many, in Thai and English', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const fields = roundOf(courseId);
    const { round } = await saveRound(db, writer, 'C6501', fields);
    const p = await writer.create('participants', participant(round.id, 'enrolled'));
    await markAttendance(writer, round.id, p.id, fields.sessions[0]!.id);
    await markAttendance(writer, round.id, p.id, fields.sessions[1]!.id);
    const refusal = await deleteRound(db, writer, round.id).catch((e) => e);
    expect(refusal.code).toBe('round.has-marks');
    expect(refusal.text.th).toContain('2 ครั้ง');
    expect(refusal.text.en).toContain('2 attendance marks');
    expect((await db.rounds.get(round.id))?.deletedAt).toBeNull();
    // Once the marks are undone, it may go.
    await writer.remove('attendance', attendanceIdOf(p.id, fields.sessions[0]!.id));
    await writer.remove('attendance', attendanceIdOf(p.id, fields.sessions[1]!.id));
    await deleteRound(db, writer, round.id);
    expect((await db.rounds.get(round.id))?.deletedAt).not.toBeNull();
  });

  it('does not restore a round whose number was given to another meanwhile', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const courseId = await addCourse(writer);
    const { round } = await saveRound(db, writer, 'C6501', roundOf(courseId));
    await deleteRound(db, writer, round.id);
    await saveRound(db, writer, 'C6501', roundOf(courseId));
    const refusal = await restoreRound(db, writer, round.id).catch((e) => e);
    expect(refusal.code).toBe('round.number-taken');
    expect((await db.rounds.get(round.id))?.deletedAt).not.toBeNull();
  });
});
