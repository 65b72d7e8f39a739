import { describe, expect, it } from 'vitest';
import { bumpVector, compareVectors, mergeVectors } from '@shared/domain/records/version-vector';

describe('version vectors', () => {
  it('orders vectors', () => {
    expect(compareVectors({ a: 1 }, { a: 1 })).toBe('equal');
    expect(compareVectors({ a: 2 }, { a: 1 })).toBe('dominates');
    expect(compareVectors({ a: 1 }, { a: 1, b: 1 })).toBe('dominated');
    expect(compareVectors({ a: 2 }, { a: 1, b: 1 })).toBe('concurrent');
  });

  it('bumps one installation and leaves the input alone', () => {
    const v = { 'C6501-1': 2 };
    expect(bumpVector(v, 'C6501-1')).toEqual({ 'C6501-1': 3 });
    expect(bumpVector(v, 'C6501-2')).toEqual({ 'C6501-1': 2, 'C6501-2': 1 });
    expect(v).toEqual({ 'C6501-1': 2 });
  });

  it('merges to the larger count of each installation', () => {
    const merged = mergeVectors({ a: 2, b: 1 }, { b: 3, c: 1 });
    expect(merged).toEqual({ a: 2, b: 3, c: 1 });
    expect(compareVectors(merged, { a: 2, b: 1 })).toBe('dominates');
  });
});
