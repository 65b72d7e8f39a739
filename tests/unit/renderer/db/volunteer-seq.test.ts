import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { createWriter } from '@renderer/db/write';
import {
  latestVolunteerSeq,
  VOLUNTEER_DELETES_KEY,
  type StampedIndex,
} from '@renderer/db/volunteer-seq';
import { freshDb } from './test-db';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const centre = {
  installationId: 'C6501-1',
  organisation: 'C6501',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};

let db: AppDB;
afterEach(() => db?.close());

describe('the order of volunteer writes', () => {
  it('stamps every write of volunteers with a later number, tombstones too', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', sampleVolunteer());
    const seqOf = async () =>
      ((await db.volunteers.get(created.id))!.ix as StampedIndex['ix'])!.seq!;
    const first = await seqOf();
    await writer.update('volunteers', created.id, { lastNameTh: 'มีสุข' });
    const second = await seqOf();
    await writer.remove('volunteers', created.id);
    const third = await seqOf();
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(await latestVolunteerSeq(db)).toBe(third);
    expect(await db.volunteers.where('ix.seq').above(second).primaryKeys()).toEqual([created.id]);
  });

  it('gives one number to a batch written together, and counts hard deletes', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const batch = await writer.createMany('volunteers', [
      sampleVolunteer({ nationalId: '3100600211235' }),
      sampleVolunteer({ nationalId: '1101700203450' }),
    ]);
    const stamped = await db.volunteers.bulkGet(batch.map((v) => v.id));
    const seqs = stamped.map((v) => (v!.ix as StampedIndex['ix'])!.seq);
    expect(new Set(seqs).size).toBe(1);
    await db.volunteers.delete(batch[0]!.id);
    expect((await db.meta.get(VOLUNTEER_DELETES_KEY))?.value).toBe(1);
  });
});
