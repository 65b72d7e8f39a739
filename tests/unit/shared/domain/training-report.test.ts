import { describe, expect, it } from 'vitest';
import {
  completionByProvince,
  completionSummary,
  participantCompletions,
  sessionAttendance,
  type ReportMark,
  type ReportParticipant,
} from '@shared/domain/reports/training-report';
import type { TrainingSession } from '@shared/domain/training/round';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function session(n: number): TrainingSession {
  return {
    id: uuid(100 + n),
    on: '2026-03-21',
    starts: `${String(8 + n).padStart(2, '0')}:00`,
    ends: `${String(9 + n).padStart(2, '0')}:00`,
    titleTh: `ช่วงที่ ${n}`,
    kind: 'lecture',
    speaker: '',
    required: false,
  };
}

const sessions = [1, 2, 3, 4].map(session);

function participant(n: number, provinceCode: string): ReportParticipant {
  return { id: uuid(n), number: n, provinceCode, completionOverride: null };
}

function mark(p: number, s: number, flags: Partial<ReportMark> = {}): ReportMark {
  return {
    participantId: uuid(p),
    sessionId: uuid(100 + s),
    late: false,
    leftEarly: false,
    ...flags,
  };
}

const rule = { minPercent: 75, requireMarkedSessions: false };

describe('completion per participant', () => {
  it('computes each participant from their own marks, by number', () => {
    const people = [participant(3, '65'), participant(1, '65'), participant(2, '64')];
    const marks = [mark(1, 1), mark(1, 2), mark(1, 3), mark(2, 1), mark(3, 1), mark(3, 2)];
    const rows = participantCompletions(rule, sessions, people, marks);
    expect(rows.map((r) => r.participant.number)).toEqual([1, 2, 3]);
    expect(rows.map((r) => [r.completion.attended, r.completion.completed])).toEqual([
      [3, true],
      [1, false],
      [2, false],
    ]);
  });

  it('counts one mark per session even when a mark is listed twice', () => {
    const rows = participantCompletions(
      rule,
      sessions,
      [participant(1, '65')],
      [mark(1, 1), mark(1, 1), mark(1, 2)],
    );
    expect(rows[0]!.completion.attended).toBe(2);
  });
});

describe('attendance per session', () => {
  it('counts present, late, left early and absent among the participants listed', () => {
    const ids = new Set([uuid(1), uuid(2), uuid(3)]);
    const marks = [
      mark(1, 1),
      mark(2, 1, { late: true }),
      mark(3, 1, { late: true, leftEarly: true }),
      mark(1, 2, { leftEarly: true }),
      // Someone no longer enrolled: not counted.
      mark(9, 2),
    ];
    const series = sessionAttendance(sessions, ids, marks);
    expect(series.map((s) => s.titleTh)).toEqual(['ช่วงที่ 1', 'ช่วงที่ 2', 'ช่วงที่ 3', 'ช่วงที่ 4']);
    expect(series[0]).toMatchObject({ present: 3, late: 2, leftEarly: 1, absent: 0 });
    expect(series[1]).toMatchObject({ present: 1, late: 0, leftEarly: 1, absent: 2 });
    expect(series[3]).toMatchObject({ present: 0, absent: 3 });
  });

  it('ignores marks of sessions the round no longer has', () => {
    const series = sessionAttendance(sessions, new Set([uuid(1)]), [mark(1, 9)]);
    expect(series.every((s) => s.present === 0 && s.absent === 1)).toBe(true);
  });
});

describe('completion by province', () => {
  const names = new Map([
    ['65', { nameTh: 'พิษณุโลก', nameEn: 'Phitsanulok' }],
    ['64', { nameTh: 'สุโขทัย', nameEn: 'Sukhothai' }],
    ['53', { nameTh: 'อุตรดิตถ์', nameEn: 'Uttaradit' }],
  ]);
  const row = (provinceCode: string, completed: boolean) => ({
    participant: { provinceCode },
    completion: { completed },
  });

  it('gives enrolled, completed and the share per province, by Thai name, unknown last', () => {
    const rows = [
      row('64', true),
      row('', false),
      row('65', true),
      row('65', false),
      row('65', true),
      row('53', false),
    ];
    expect(completionByProvince(rows, names)).toEqual([
      {
        provinceCode: '65',
        nameTh: 'พิษณุโลก',
        nameEn: 'Phitsanulok',
        enrolled: 3,
        completed: 2,
        percent: 67,
      },
      {
        provinceCode: '64',
        nameTh: 'สุโขทัย',
        nameEn: 'Sukhothai',
        enrolled: 1,
        completed: 1,
        percent: 100,
      },
      {
        provinceCode: '53',
        nameTh: 'อุตรดิตถ์',
        nameEn: 'Uttaradit',
        enrolled: 1,
        completed: 0,
        percent: 0,
      },
      { provinceCode: '', nameTh: '', nameEn: '', enrolled: 1, completed: 0, percent: 0 },
    ]);
  });

  it('keeps the code of a province whose name is not known', () => {
    expect(completionByProvince([row('99', true)], names)[0]).toMatchObject({
      provinceCode: '99',
      nameTh: '99',
    });
  });
});

describe('the completion summary', () => {
  it('counts completed and overridden verdicts', () => {
    const override = { completed: true, reason: 'เหตุผล', on: '2026-03-22' };
    const summary = completionSummary([
      { completion: { completed: true, override: null } },
      { completion: { completed: true, override } },
      { completion: { completed: false, override: null } },
    ]);
    expect(summary).toEqual({ enrolled: 3, completed: 2, percent: 67, overridden: 1 });
  });

  it('is all zero for a round without participants', () => {
    expect(completionSummary([])).toEqual({ enrolled: 0, completed: 0, percent: 0, overridden: 0 });
  });
});
