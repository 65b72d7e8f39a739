import { describe, expect, it } from 'vitest';
import {
  clockOf,
  isLateFor,
  LATE_AFTER_MINUTES,
  localMomentOf,
  minuteOf,
  sessionForNow,
} from '@shared/domain/training/lateness';

const morning = { id: 'a', on: '2026-03-21', starts: '09:00', ends: '10:30' };
const beforeLunch = { id: 'b', on: '2026-03-21', starts: '10:45', ends: '12:00' };
const secondDay = { id: 'c', on: '2026-03-22', starts: '09:00', ends: '12:00' };
const at = (on: string, clock: string) => ({ on, minute: minuteOf(clock) });

describe('whether a check-in came late', () => {
  it('is on time up to and including the fifteenth minute after the start', () => {
    expect(LATE_AFTER_MINUTES).toBe(15);
    expect(isLateFor(morning, at('2026-03-21', '08:30'))).toBe(false);
    expect(isLateFor(morning, at('2026-03-21', '09:00'))).toBe(false);
    expect(isLateFor(morning, at('2026-03-21', '09:15'))).toBe(false);
  });

  it('is late from the sixteenth minute, even after the session has ended', () => {
    expect(isLateFor(morning, at('2026-03-21', '09:16'))).toBe(true);
    expect(isLateFor(morning, at('2026-03-21', '11:00'))).toBe(true);
  });

  it('says nothing about lateness for a mark entered on another day', () => {
    expect(isLateFor(morning, at('2026-03-22', '16:00'))).toBe(false);
    expect(isLateFor(morning, at('2026-03-20', '16:00'))).toBe(false);
  });

  it('drops the seconds of the instant it is given', () => {
    const instant = new Date(2026, 2, 21, 9, 15, 59);
    expect(localMomentOf(instant)).toEqual({ on: '2026-03-21', minute: 9 * 60 + 15 });
    expect(isLateFor(morning, localMomentOf(instant))).toBe(false);
    expect(isLateFor(morning, localMomentOf(new Date(2026, 2, 21, 9, 16, 0)))).toBe(true);
  });

  it('writes and reads clock times', () => {
    expect(minuteOf('09:02')).toBe(542);
    expect(clockOf(542)).toBe('09:02');
    expect(clockOf(minuteOf('23:59'))).toBe('23:59');
  });
});

describe('the session for now', () => {
  const sessions = [secondDay, beforeLunch, morning];

  it('is the session running now', () => {
    expect(sessionForNow(sessions, at('2026-03-21', '09:40'))?.id).toBe('a');
    expect(sessionForNow(sessions, at('2026-03-21', '11:59'))?.id).toBe('b');
  });

  it('is the next to start between sessions, before the first, and the day before', () => {
    expect(sessionForNow(sessions, at('2026-03-21', '10:30'))?.id).toBe('b');
    expect(sessionForNow(sessions, at('2026-03-21', '08:10'))?.id).toBe('a');
    expect(sessionForNow(sessions, at('2026-03-21', '15:00'))?.id).toBe('c');
    expect(sessionForNow(sessions, at('2026-03-01', '15:00'))?.id).toBe('a');
  });

  it('is the first session once the round is over, and none without sessions', () => {
    expect(sessionForNow(sessions, at('2026-04-01', '09:30'))?.id).toBe('a');
    expect(sessionForNow([], at('2026-04-01', '09:30'))).toBeNull();
  });
});
