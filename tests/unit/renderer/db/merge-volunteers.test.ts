import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { createWriter } from '@renderer/db/write';
import { findDuplicatePairs, findPossibleDuplicates } from '@renderer/db/find-duplicates';
import {
  domainFieldsOf,
  mergeVolunteers,
  resolveVolunteerId,
  undoMerge,
} from '@renderer/db/merge-volunteers';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { freshDb } from './test-db';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const centre = {
  installationId: 'C6501-1',
  organisation: 'C6501',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};
const otherCentre = { installationId: 'C1001-1', organisation: 'C1001' };
const today = '2026-11-22';

function person(overrides: Partial<VolunteerFields> = {}): VolunteerFields {
  return sampleVolunteer({ nationalId: '1101700203450', ...overrides });
}
const copy = (overrides: Partial<VolunteerFields> = {}) =>
  person({
    nationalId: '3100600211235',
    phones: ['0891112222'],
    email: 'somsri@example.org',
    tier: 'A',
    tierHistory: [{ tier: 'A', on: '2020-03-01', reason: '' }],
    ...overrides,
  });

let db: AppDB;
afterEach(() => db?.close());

async function twoDuplicates() {
  db = await freshDb();
  const writer = createWriter(db, centre);
  const left = await writer.create('volunteers', person());
  const right = await writer.create('volunteers', copy());
  return { writer, left, right };
}

/** The list index fields, without the write's stamp (volunteer-seq.ts), which every write renews. */
function listFields(ix: object): object {
  const { seq: _stamp, ...fields } = ix as { seq?: number };
  return fields;
}

describe('merging two volunteers', () => {
  it('writes the merged fields to the survivor and leaves the other a tombstone pointing at it', async () => {
    const { writer, left, right } = await twoDuplicates();
    const { seq, survivor } = await mergeVolunteers(
      db,
      writer,
      left.id,
      right.id,
      { tier: 'merged' },
      today,
    );

    expect(survivor.phones).toEqual(['0812345678', '0891112222']);
    expect(survivor.email).toBe('somsri@example.org');
    expect(survivor.tier).toBe('A');
    expect(survivor.nationalId).toBe('1101700203450');
    const tombstone = (await db.volunteers.get(right.id))!;
    expect(tombstone.deletedAt).not.toBeNull();
    expect(tombstone.mergedInto).toBe(left.id);
    expect(listFields(tombstone.ix)).toEqual({});
    expect(await resolveVolunteerId(db, right.id)).toBe(left.id);

    const entry = (await db.merges.get(seq))!;
    expect(entry.survivorBefore).toEqual(left);
    expect(entry.mergedBefore).toEqual(right);
    expect(entry.undoneAt).toBeNull();
  });

  it("keeps both records' audit history findable, the merge's entries marked with it", async () => {
    const { writer, left, right } = await twoDuplicates();
    const { seq } = await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    const leftLog = await db.audit.where('recordIds').equals(left.id).toArray();
    const rightLog = await db.audit.where('recordIds').equals(right.id).toArray();
    expect(leftLog.map((a) => [a.kind, a.merge])).toEqual([
      ['create', undefined],
      ['update', seq],
    ]);
    expect(rightLog.map((a) => [a.kind, a.merge])).toEqual([
      ['create', undefined],
      ['update', seq],
      ['delete', undefined],
    ]);
    expect(rightLog[1]!.fields).toEqual(['mergedInto']);
  });

  it('undoes a merge: both records exactly as they were, the merge marked undone', async () => {
    const { writer, left, right } = await twoDuplicates();
    const { seq } = await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    await undoMerge(db, writer, seq);

    const survivor = (await db.volunteers.get(left.id))!;
    const merged = (await db.volunteers.get(right.id))!;
    expect(domainFieldsOf(survivor)).toEqual(domainFieldsOf(left));
    expect(domainFieldsOf(merged)).toEqual(domainFieldsOf(right));
    expect(merged.deletedAt).toBeNull();
    expect(listFields(merged.ix)).toEqual(listFields(right.ix));
    expect(listFields(survivor.ix)).toEqual(listFields(left.ix));
    expect((await db.merges.get(seq))!.undoneAt).not.toBeNull();
    await expect(undoMerge(db, writer, seq)).rejects.toMatchObject({
      code: 'merge.already-undone',
    });
    expect(await findDuplicatePairs(db)).toHaveLength(1);
  });

  it('refuses to undo when the survivor changed after the merge, and says why', async () => {
    const { writer, left, right } = await twoDuplicates();
    const { seq } = await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    await writer.update('volunteers', left.id, { email: 'new@example.org' });
    const refusal = await undoMerge(db, writer, seq).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'merge.changed-since' });
    expect((refusal as { text: { th: string } }).text.th).toContain('ถูกแก้ไขหลังการรวม');
    expect((await db.volunteers.get(right.id))!.deletedAt).not.toBeNull();
    expect((await db.merges.get(seq))!.undoneAt).toBeNull();
  });

  it('undoes a merge that changed nothing on the survivor', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const left = await writer.create('volunteers', person());
    const right = await writer.create('volunteers', person({ nationalId: '3100600211235' }));
    const { seq } = await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    expect((await db.volunteers.get(left.id))!.vv).toEqual(left.vv);
    await undoMerge(db, writer, seq);
    expect((await db.volunteers.get(right.id))!.deletedAt).toBeNull();
  });

  it('refuses a record another organisation owns, naming it, and writes nothing', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const ours = await writer.create('volunteers', person());
    const theirs = await createWriter(db, otherCentre).create('volunteers', copy());
    for (const [a, b] of [
      [ours.id, theirs.id],
      [theirs.id, ours.id],
    ] as const) {
      const refusal = await mergeVolunteers(db, writer, a, b, {}, today).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ code: 'merge.not-owner' });
      expect((refusal as { text: { th: string; en: string } }).text.th).toContain('C1001');
    }
    expect(await db.merges.count()).toBe(0);
    expect(await db.volunteers.get(ours.id)).toEqual(ours);
    expect(await db.volunteers.get(theirs.id)).toEqual(theirs);
    expect(await db.audit.count()).toBe(2);
  });

  it('refuses to merge a record with itself or one already merged', async () => {
    const { writer, left, right } = await twoDuplicates();
    await expect(mergeVolunteers(db, writer, left.id, left.id, {}, today)).rejects.toMatchObject({
      code: 'merge.same-record',
    });
    await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    await expect(mergeVolunteers(db, writer, left.id, right.id, {}, today)).rejects.toMatchObject({
      code: 'merge.already-merged',
    });
  });

  it('follows a chain of merges to the record now in force', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const a = await writer.create('volunteers', person());
    const b = await writer.create('volunteers', person({ nationalId: '3100600211235' }));
    const c = await writer.create('volunteers', person({ nationalId: '3509900123450' }));
    await mergeVolunteers(db, writer, b.id, a.id, {}, today);
    await mergeVolunteers(db, writer, c.id, b.id, {}, today);
    expect(await resolveVolunteerId(db, a.id)).toBe(c.id);
    expect(await resolveVolunteerId(db, c.id)).toBe(c.id);
    expect(await resolveVolunteerId(db, 'no-such-id')).toBeNull();
  });
});

describe('finding duplicates in the database', () => {
  it('finds a copy with the same id from another centre and the same name born on one day', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const ours = await writer.create('volunteers', person());
    const theirs = await createWriter(db, otherCentre).create('volunteers', person());
    const twin = await writer.create('volunteers', copy({ firstNameTh: 'สมสรี', firstNameEn: '' }));
    await writer.create(
      'volunteers',
      copy({ nationalId: '3509900123450', firstNameTh: 'มานี', firstNameEn: 'Manee' }),
    );
    await writer.create(
      'volunteers',
      person({ nationalId: '1101700203468', birthDate: '1980-01-01' }),
    );

    const pairs = await findDuplicatePairs(db);
    const described = pairs.map((p) => [[p.left.id, p.right.id].sort().join(), p.reason]);
    expect(described[0]).toEqual([[ours.id, theirs.id].sort().join(), 'same-national-id']);
    expect(described.slice(1).sort()).toEqual(
      [
        [[ours.id, twin.id].sort().join(), 'similar-name-birth'],
        [[theirs.id, twin.id].sort().join(), 'similar-name-birth'],
      ].sort(),
    );
    expect(await findDuplicatePairs(db, { limit: 1 })).toHaveLength(1);
  });

  it('leaves deleted and merged records out', async () => {
    const { writer, left, right } = await twoDuplicates();
    expect(await findDuplicatePairs(db)).toHaveLength(1);
    await mergeVolunteers(db, writer, left.id, right.id, {}, today);
    expect(await findDuplicatePairs(db)).toEqual([]);
  });

  it('finds the records a new entry may repeat, by id or by name and birth date', async () => {
    const { left, right } = await twoDuplicates();
    const byId = await findPossibleDuplicates(db, {
      nationalId: '1101700203450',
      firstNameTh: 'อื่น',
    });
    expect(byId.map((f) => [f.candidate.id, f.reason])).toEqual([[left.id, 'same-national-id']]);
    const byName = await findPossibleDuplicates(db, {
      firstNameTh: 'สมศรี',
      lastNameTh: 'ใจดี',
      birthDate: '1970-05-01',
      nationalId: '3509900123450',
    });
    expect(byName.map((f) => f.candidate.id).sort()).toEqual([left.id, right.id].sort());
    const editing = await findPossibleDuplicates(db, { ...domainFieldsOf(left), id: left.id });
    expect(editing.map((f) => f.candidate.id)).toEqual([right.id]);
  });
});
