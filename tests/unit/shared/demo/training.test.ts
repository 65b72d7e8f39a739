import { describe, expect, it } from 'vitest';
import { exchangedRecordSchemas } from '@shared/bundle/record-schemas';
import {
  demoCourse,
  demoParticipations,
  demoRound,
  demoVolunteers,
  generateDemoCentres,
} from '@shared/demo';
import { attendanceIdOf } from '@shared/domain/training/attendance';

const stamp = {
  vv: { 'C6501-1': 1 },
  updatedAt: '2026-11-23T03:00:00.000Z',
  updatedBy: 'C6501-1',
  deletedAt: null,
};

function makeRound(seats: number) {
  const centres = generateDemoCentres({ seed: 7, count: 2 });
  const volunteers = [...demoVolunteers({ seed: 7, centres, count: 50 })];
  const course = demoCourse(7, 'C6501');
  const round = demoRound({
    seed: 7,
    owner: 'C6501',
    courseId: course.id,
    number: 3,
    startsOn: '2026-03-21',
    days: 2,
    sessionsPerDay: 3,
    provinces: ['65'],
    seats,
  });
  const made = demoParticipations({
    seed: 7,
    round,
    volunteers,
    organisationName: (owner) => `centre ${owner}`,
    attendance: 0.9,
    enrolledAt: '2026-03-01T03:00:00.000Z',
  });
  return { course, round, ...made };
}

describe('demo training', () => {
  it('makes records that pass the exchange schemas', () => {
    const { course, round, participants, marks } = makeRound(40);
    expect(exchangedRecordSchemas.courses.safeParse({ ...course, ...stamp }).success).toBe(true);
    expect(exchangedRecordSchemas.rounds.safeParse({ ...round, ...stamp }).error).toBeUndefined();
    for (const p of participants) {
      expect(
        exchangedRecordSchemas.participants.safeParse({ ...p, ...stamp }).error,
      ).toBeUndefined();
    }
    for (const m of marks) {
      expect(exchangedRecordSchemas.attendance.safeParse({ ...m, ...stamp }).error).toBeUndefined();
    }
  });

  it('seats as many as the round has seats and puts the rest on the waiting list, without marks', () => {
    const { participants, marks } = makeRound(40);
    expect(participants.filter((p) => p.status === 'enrolled')).toHaveLength(40);
    expect(participants.filter((p) => p.status === 'waiting')).toHaveLength(10);
    const waiting = new Set(participants.filter((p) => p.status === 'waiting').map((p) => p.id));
    expect(marks.some((m) => waiting.has(m.participantId))).toBe(false);
  });

  it('spreads the sessions over two days and gives each mark the one id of its participant and session', () => {
    const { round, marks } = makeRound(40);
    expect(new Set(round.sessions.map((s) => s.on))).toEqual(new Set(['2026-03-21', '2026-03-22']));
    for (const m of marks) expect(m.id).toBe(attendanceIdOf(m.participantId, m.sessionId));
    expect(marks.length).toBeGreaterThan(40 * 6 * 0.8);
    expect(marks.length).toBeLessThan(40 * 6);
  });

  it('makes the same round from the same seed', () => {
    expect(makeRound(40)).toEqual(makeRound(40));
  });
});
