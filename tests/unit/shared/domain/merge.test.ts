import { describe, expect, it } from 'vitest';
import { MERGE_HISTORY_REASON, planMerge } from '@shared/domain/volunteers/merge';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const today = '2026-11-22';
const survivor = sampleVolunteer({ nationalId: '1101700203450' });
const merged = sampleVolunteer({
  nationalId: '3100600211235',
  firstNameEn: '',
  email: 'somsri@example.org',
  phones: ['0812345678', '0891112222'],
  tier: 'A',
  tierHistory: [{ tier: 'A', on: '2020-03-01', reason: 'ผ่านการประเมิน' }],
  skills: ['นวดแผนไทย'],
  targetGroups: ['children', 'older-people'],
  consent: [
    { kind: 'given', on: '2015-01-10', purposes: ['registry'], method: 'paper', note: '' },
    {
      kind: 'given',
      on: '2019-06-01',
      purposes: ['publicity', 'contact'],
      method: 'verbal',
      note: '',
    },
  ],
});

describe('the merge plan', () => {
  it("keeps the survivor's value by default, and the other side's where the survivor's is empty", () => {
    const plan = planMerge(survivor, { ...merged, firstNameEn: 'Somsri2' }, {}, today);
    const byField = Object.fromEntries(plan.differences.map((d) => [d.field, d.chosen]));
    expect(byField).toMatchObject({
      nationalId: 'survivor',
      firstNameEn: 'survivor',
      email: 'merged',
    });
    expect(plan.fields.nationalId).toBe(survivor.nationalId);
    expect(plan.fields.email).toBe('somsri@example.org');
    expect(plan.check.ok).toBe(true);
  });

  it('lists only the fields that differ', () => {
    const plan = planMerge(survivor, { ...survivor }, {}, today);
    expect(plan.differences).toEqual([]);
    expect(plan.combined).toEqual([]);
    expect(plan.fields).toEqual(survivor);
  });

  it('takes the side a person chose for each field', () => {
    const plan = planMerge(survivor, merged, { nationalId: 'merged', email: 'survivor' }, today);
    expect(plan.fields.nationalId).toBe('3100600211235');
    expect(plan.fields.email).toBe('');
  });

  it('unites phones, skills and target groups, and combines histories oldest first without repeats', () => {
    const plan = planMerge(survivor, merged, {}, today);
    expect(plan.fields.phones).toEqual(['0812345678', '0891112222']);
    expect(plan.fields.skills).toEqual(['นวดแผนไทย']);
    expect(plan.fields.targetGroups).toEqual(['older-people', 'children']);
    expect(plan.fields.consent.map((c) => c.on)).toEqual(['2015-01-10', '2019-06-01']);
    expect(plan.fields.tierHistory.map((t) => `${t.tier}@${t.on}`)).toEqual([
      'A@2020-03-01',
      'B@2025-09-30',
    ]);
    expect(plan.fields.statusHistory).toEqual(survivor.statusHistory);
    expect(plan.combined).toEqual(['phones', 'skills', 'targetGroups', 'tierHistory', 'consent']);
  });

  it('makes the current status the latest of the combined history, and passes the rules', () => {
    const resigned = sampleVolunteer({
      nationalId: '3100600211235',
      status: 'resigned',
      statusHistory: [
        { status: 'active', on: '2015-01-10', reason: '' },
        { status: 'resigned', on: '2024-02-01', reason: 'ย้ายที่อยู่' },
      ],
    });
    const plan = planMerge(survivor, resigned, {}, today);
    expect(plan.differences.find((d) => d.field === 'status')).toMatchObject({
      byDefault: 'merged',
    });
    expect(plan.fields.status).toBe('resigned');
    expect(plan.fields.statusHistory).toHaveLength(2);
    expect(plan.check.ok).toBe(true);
  });

  it('records a chosen status that is not the latest as a change made on the day of the merge', () => {
    const resigned = sampleVolunteer({
      nationalId: '3100600211235',
      status: 'resigned',
      statusHistory: [{ status: 'resigned', on: '2024-02-01', reason: '' }],
    });
    const plan = planMerge(survivor, resigned, { status: 'survivor' }, today);
    expect(plan.fields.status).toBe('active');
    expect(plan.fields.statusHistory.at(-1)).toEqual({
      status: 'active',
      on: today,
      reason: MERGE_HISTORY_REASON,
    });
    expect(plan.check.ok).toBe(true);
  });

  it('keeps as many phones as a record holds and says which did not fit', () => {
    const many = sampleVolunteer({
      nationalId: '3100600211235',
      phones: ['0800000001', '0800000002', '0800000003', '0800000004', '0800000005'],
    });
    const plan = planMerge(survivor, many, {}, today);
    expect(plan.fields.phones).toHaveLength(5);
    expect(plan.fields.phones[0]).toBe('0812345678');
    expect(plan.trimmed).toEqual([{ field: 'phones', left: ['0800000005'] }]);
    expect(plan.check.ok).toBe(true);
  });

  it('reports a merged record that breaks the rules', () => {
    const plan = planMerge(survivor, { ...merged, firstNameTh: '' }, {}, today);
    expect(plan.check.ok).toBe(true);
    const chosen = planMerge(
      { ...survivor, firstNameTh: '' },
      { ...merged, firstNameTh: '' },
      {},
      today,
    );
    expect(chosen.check.ok).toBe(false);
  });
});
