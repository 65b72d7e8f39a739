import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { completedRoundsOf, volunteerRounds } from '@renderer/db/training/volunteer-training';
import { createWriter, type Writer } from '@renderer/db/write';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import type { CompletionRule } from '@shared/domain/training/course';
import type { CompletionOverride, ParticipantStatus } from '@shared/domain/training/participant';
import type { TrainingSession } from '@shared/domain/training/round';
import { freshDb } from '../test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
const volunteerId = 'volunteer-1';
let db: AppDB;
afterEach(() => db?.close());

function sessionsOn(on: string, count: number, required = false): TrainingSession[] {
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    on,
    starts: `${String(9 + i).padStart(2, '0')}:00`,
    ends: `${String(9 + i).padStart(2, '0')}:50`,
    titleTh: `หัวข้อ ${i + 1}`,
    kind: 'lecture' as const,
    speaker: '',
    required: required && i === 0,
  }));
}

async function addRound(
  writer: Writer,
  on: string,
  sessions: TrainingSession[],
  rule: CompletionRule = { minPercent: 75, requireMarkedSessions: false },
) {
  const course = await writer.create('courses', {
    titleTh: `หลักสูตร ${on}`,
    titleEn: '',
    purpose: '',
    indicators: ['1.1'],
    completion: rule,
  });
  return writer.create('rounds', {
    courseId: course.id,
    number: 1,
    startsOn: on,
    endsOn: on,
    venue: 'ศาลากลาง',
    provinces: [],
    seats: 50,
    trainers: [],
    sessions,
    signatory: { name: '', title: '' },
  });
}

async function enrol(
  writer: Writer,
  roundId: string,
  options: {
    volunteer?: string;
    status?: ParticipantStatus;
    override?: CompletionOverride | null;
  } = {},
) {
  return writer.create('participants', {
    roundId,
    number: 1,
    role: 'volunteer',
    volunteerId: options.volunteer ?? volunteerId,
    nationalId: '',
    titleCode: 'นาง',
    firstNameTh: 'สมศรี',
    lastNameTh: 'ใจดี',
    organisationName: '',
    provinceCode: '65',
    status: options.status ?? 'enrolled',
    enrolledAt: '2026-01-01T00:00:00.000Z',
    completionOverride: options.override ?? null,
    certificate: null,
  });
}

async function attend(writer: Writer, roundId: string, participantId: string, sessionId: string) {
  return writer.create('attendance', {
    id: attendanceIdOf(participantId, sessionId),
    roundId,
    participantId,
    sessionId,
    checkedInAt: '2026-01-10T02:00:00.000Z',
    method: 'national-id',
    late: false,
    leftEarly: false,
  });
}

describe('the rounds a volunteer took part in', () => {
  it('counts live marks against the round’s sessions and applies the course’s rule', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const sessions = sessionsOn('2026-01-10', 4);
    const round = await addRound(writer, '2026-01-10', sessions);
    const p = await enrol(writer, round.id);
    for (const s of sessions.slice(0, 3)) await attend(writer, round.id, p.id, s.id);
    const [row] = await volunteerRounds(db, volunteerId);
    expect(row!.round.id).toBe(round.id);
    expect(row!.course?.titleTh).toBe('หลักสูตร 2026-01-10');
    expect(row!.completion).toMatchObject({
      attended: 3,
      sessions: 4,
      percent: 75,
      completed: true,
    });

    // An undone check-in no longer counts.
    await writer.remove('attendance', attendanceIdOf(p.id, sessions[0]!.id));
    const [after] = await volunteerRounds(db, volunteerId);
    expect(after!.completion).toMatchObject({ attended: 2, completed: false });
  });

  it('applies the participant’s override over the computed verdict', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const round = await addRound(writer, '2026-02-01', sessionsOn('2026-02-01', 2));
    const override = { completed: true, reason: 'ป่วย มีใบรับรองแพทย์', on: '2026-02-02' };
    await enrol(writer, round.id, { override });
    const [row] = await volunteerRounds(db, volunteerId);
    expect(row!.completion).toMatchObject({
      attended: 0,
      computed: false,
      completed: true,
      override,
    });
  });

  it('requires the marked sessions when the course says so', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const sessions = sessionsOn('2026-03-01', 4, true);
    const round = await addRound(writer, '2026-03-01', sessions, {
      minPercent: 50,
      requireMarkedSessions: true,
    });
    const p = await enrol(writer, round.id);
    for (const s of sessions.slice(1)) await attend(writer, round.id, p.id, s.id);
    const [row] = await volunteerRounds(db, volunteerId);
    expect(row!.completion).toMatchObject({ percent: 75, completed: false });
    expect(row!.completion.missedRequired).toEqual([sessions[0]!.id]);
  });

  it('lists seated places in live rounds only, newest first, and only this volunteer’s', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const older = await addRound(writer, '2025-05-01', sessionsOn('2025-05-01', 1));
    const newer = await addRound(writer, '2026-05-01', sessionsOn('2026-05-01', 1));
    const waiting = await addRound(writer, '2026-06-01', sessionsOn('2026-06-01', 1));
    const withdrawn = await addRound(writer, '2026-07-01', sessionsOn('2026-07-01', 1));
    const deleted = await addRound(writer, '2026-08-01', sessionsOn('2026-08-01', 1));
    await enrol(writer, older.id);
    await enrol(writer, newer.id);
    await enrol(writer, waiting.id, { status: 'waiting' });
    await enrol(writer, withdrawn.id, { status: 'withdrawn' });
    await enrol(writer, deleted.id);
    await writer.remove('rounds', deleted.id);
    await enrol(writer, newer.id, { volunteer: 'someone-else' });
    const removed = await enrol(writer, waiting.id);
    await writer.remove('participants', removed.id);

    const rows = await volunteerRounds(db, volunteerId);
    expect(rows.map((r) => r.round.id)).toEqual([newer.id, older.id]);
  });

  it('gives the completed rounds for award eligibility', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const doneSessions = sessionsOn('2025-05-01', 2);
    const done = await addRound(writer, '2025-05-01', doneSessions);
    const missed = await addRound(writer, '2026-05-01', sessionsOn('2026-05-01', 2));
    const p = await enrol(writer, done.id);
    await enrol(writer, missed.id);
    for (const s of doneSessions) await attend(writer, done.id, p.id, s.id);
    const completed = await completedRoundsOf(db, volunteerId);
    expect(completed.map((r) => r.round.id)).toEqual([done.id]);
    expect(completed[0]!.course?.indicators).toEqual(['1.1']);
  });
});
