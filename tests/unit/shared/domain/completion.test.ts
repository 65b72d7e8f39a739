import { describe, expect, it } from 'vitest';
import { completionOf } from '@shared/domain/training/completion';
import type { TrainingSession } from '@shared/domain/training/round';

function session(n: number, required = false): TrainingSession {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    on: n <= 3 ? '2026-03-21' : '2026-03-22',
    starts: `${String(8 + n).padStart(2, '0')}:00`,
    ends: `${String(9 + n).padStart(2, '0')}:00`,
    titleTh: `ช่วงที่ ${n}`,
    kind: 'lecture',
    speaker: '',
    required,
  };
}

const five = [1, 2, 3, 4, 5].map((n) => session(n, n === 5));
const idsOf = (...ns: number[]) => new Set(ns.map((n) => five[n - 1]!.id));
const byShare = { minPercent: 80, requireMarkedSessions: false };
const byShareAndRequired = { minPercent: 60, requireMarkedSessions: true };

describe('whether a participant completed a round', () => {
  it('completes when the attended share reaches the rule', () => {
    const c = completionOf(byShare, five, idsOf(1, 2, 3, 4));
    expect(c).toMatchObject({ completed: true, computed: true, attended: 4, sessions: 5 });
    expect(c.percent).toBe(80);
  });

  it('does not complete just under the share, which is rounded down', () => {
    const six = [...five, session(6)];
    // 4 of 6 is 66.67 %, printed 66, under 67.
    const c = completionOf(
      { minPercent: 67, requireMarkedSessions: false },
      six,
      idsOf(1, 2, 3, 4),
    );
    expect(c.percent).toBe(66);
    expect(c.completed).toBe(false);
  });

  it('names the required sessions missed, and fails on them whatever the share', () => {
    const c = completionOf(byShareAndRequired, five, idsOf(1, 2, 3, 4));
    expect(c.percent).toBe(80);
    expect(c.missedRequired).toEqual([five[4]!.id]);
    expect(c.completed).toBe(false);
  });

  it('ignores the marked sessions when the rule does not ask for them', () => {
    const c = completionOf(byShare, five, idsOf(1, 2, 3, 4));
    expect(c.missedRequired).toEqual([]);
  });

  it('counts only marks of the round’s sessions', () => {
    const c = completionOf(byShare, five, new Set([...idsOf(1, 2, 3), 'another-round-session']));
    expect(c.attended).toBe(3);
    expect(c.percent).toBe(60);
  });

  it('never completes a round without sessions', () => {
    const c = completionOf({ minPercent: 0, requireMarkedSessions: false }, [], new Set());
    expect(c).toMatchObject({ completed: false, percent: 0, sessions: 0 });
  });

  it('lets an override stand over the computed verdict, either way, and keeps both', () => {
    const override = { completed: true, reason: 'ป่วยครึ่งวัน มีใบรับรองแพทย์', on: '2026-03-22' };
    const passed = completionOf(byShare, five, idsOf(1), override);
    expect(passed).toMatchObject({ completed: true, computed: false, override });
    const refused = { completed: false, reason: 'ลงชื่อแทนกัน', on: '2026-03-22' };
    const failed = completionOf(byShare, five, idsOf(1, 2, 3, 4, 5), refused);
    expect(failed).toMatchObject({ completed: false, computed: true, override: refused });
  });
});
