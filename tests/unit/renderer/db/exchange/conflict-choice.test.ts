import { describe, expect, it } from 'vitest';
import {
  choosableFields,
  chooseVersion,
  differingFields,
  isSameValue,
} from '@renderer/db/exchange/conflict-choice';

const stamps = { id: 'x', owner: 'C6501', updatedAt: '2026-11-22T09:30:00.000Z', lc: 4, ix: {} };
const local = {
  ...stamps,
  vv: { 'C6501-1': 2 },
  updatedBy: 'C6501-1',
  deletedAt: null,
  firstNameTh: 'สมศรี',
  status: 'paused',
  statusHistory: [{ status: 'paused' }],
  address: { houseNo: '12', moo: '3' },
};
const incoming = {
  ...stamps,
  vv: { 'C6501-1': 1, 'C6501-2': 1 },
  updatedBy: 'C6501-2',
  deletedAt: '2026-11-21T01:00:00.000Z',
  firstNameTh: 'สมหญิง',
  status: 'paused',
  statusHistory: [{ status: 'active' }, { status: 'paused' }],
  // The same address, its keys in another order.
  address: { moo: '3', houseNo: '12' },
};

describe('a conflict’s two versions field by field', () => {
  it('compares the record’s own fields and its deletion, never the stamps', () => {
    expect(differingFields(local, incoming)).toEqual(['firstNameTh', 'statusHistory', 'deletedAt']);
  });

  it('treats objects with the same keys and values as equal, whatever their order', () => {
    expect(isSameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
  });

  it('lets a history be chosen only with the value it records', () => {
    expect(choosableFields(differingFields(local, incoming))).toEqual([
      'firstNameTh',
      'status',
      'deletedAt',
    ]);
    const chosen = chooseVersion(local, incoming, {
      kind: 'merged',
      fields: { status: 'incoming', statusHistory: 'local' },
    });
    expect(chosen.fields.statusHistory).toEqual(incoming.statusHistory);
    expect(chosen.fromIncoming).toEqual(['statusHistory']);
    expect(chosen.changed).toEqual(['statusHistory']);
  });

  it('keeps the local value of a field left out of a merge', () => {
    const chosen = chooseVersion(local, incoming, {
      kind: 'merged',
      fields: { deletedAt: 'incoming' },
    });
    expect(chosen.fields).toMatchObject({ firstNameTh: 'สมศรี', deletedAt: incoming.deletedAt });
    expect(chosen.fields).not.toHaveProperty('vv');
    expect(chosen.fields).not.toHaveProperty('lc');
  });

  it('takes every differing field from the incoming version when asked', () => {
    const chosen = chooseVersion(local, incoming, { kind: 'take-incoming' });
    expect(chosen.fromIncoming).toEqual(['firstNameTh', 'statusHistory', 'deletedAt']);
    expect(chosen.fields.firstNameTh).toBe('สมหญิง');
  });
});
