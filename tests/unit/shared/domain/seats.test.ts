import { describe, expect, it } from 'vitest';
import {
  freeSeatsOf,
  nextNumbers,
  nextToSeat,
  seatCountsOf,
  statusesOfNew,
  waitingInOrder,
} from '@shared/domain/training/seats';
import type { ParticipantStatus } from '@shared/domain/training/participant';

type P = { id: string; status: ParticipantStatus; enrolledAt: string; number: number };

const p = (id: string, status: ParticipantStatus, enrolledAt: string, number: number): P => ({
  id,
  status,
  enrolledAt,
  number,
});

describe('seats of a training round', () => {
  it('counts seats taken and people waiting, leaving the withdrawn out', () => {
    const counts = seatCountsOf(3, [
      p('a', 'enrolled', '2026-01-01T00:00:00.000Z', 1),
      p('b', 'withdrawn', '2026-01-01T00:00:00.000Z', 2),
      p('c', 'waiting', '2026-01-01T00:00:00.000Z', 3),
    ]);
    expect(counts).toEqual({ seats: 3, enrolled: 1, waiting: 1 });
    expect(freeSeatsOf(counts)).toBe(2);
    expect(freeSeatsOf({ seats: 2, enrolled: 5, waiting: 0 })).toBe(0);
  });

  it('seats newcomers while seats are free, then puts the rest on the waiting list', () => {
    expect(statusesOfNew({ seats: 5, enrolled: 3, waiting: 0 }, 4)).toEqual([
      'enrolled',
      'enrolled',
      'waiting',
      'waiting',
    ]);
    expect(statusesOfNew({ seats: 5, enrolled: 5, waiting: 0 }, 1)).toEqual(['waiting']);
    expect(statusesOfNew({ seats: 5, enrolled: 0, waiting: 0 }, 0)).toEqual([]);
  });

  it('never lets a newcomer overtake someone already waiting', () => {
    expect(statusesOfNew({ seats: 10, enrolled: 8, waiting: 1 }, 2)).toEqual([
      'waiting',
      'waiting',
    ]);
  });

  it('moves the waiting list up in the order people were enrolled, then by number', () => {
    const list = [
      p('late', 'waiting', '2026-01-02T00:00:00.000Z', 2),
      p('seated', 'enrolled', '2026-01-01T00:00:00.000Z', 1),
      p('early-b', 'waiting', '2026-01-01T09:00:00.000Z', 9),
      p('early-a', 'waiting', '2026-01-01T09:00:00.000Z', 4),
    ];
    expect(waitingInOrder(list).map((x) => x.id)).toEqual(['early-a', 'early-b', 'late']);
    expect(nextToSeat(2, list)?.id).toBe('early-a');
    expect(nextToSeat(1, list)).toBeNull();
  });

  it('numbers newcomers on from the highest number given', () => {
    expect(nextNumbers(0, 3)).toEqual([1, 2, 3]);
    expect(nextNumbers(41, 2)).toEqual([42, 43]);
  });
});
