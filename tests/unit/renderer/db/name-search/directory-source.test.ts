import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { directorySource, type LoadProgress } from '@renderer/db/name-search/directory-source';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import { latestVolunteerSeq } from '@renderer/db/volunteer-seq';
import { groupTag, skillTag } from '@shared/domain/volunteers/volunteer-tags';
import { createWriter } from '@renderer/db/write';
import { freshDb } from '../test-db';
import { sampleVolunteer } from '../../../../support/sample-volunteer';

const department = {
  installationId: 'DSDW-1',
  organisation: 'DSDW',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};

function incoming(n: number, names: { firstNameTh: string; lastNameTh: string }, vv = 1) {
  return {
    ...sampleVolunteer({ ...names, nationalId: `110170020${String(n).padStart(4, '0')}` }),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    owner: 'C6501',
    vv: { 'C6501-1': vv },
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: 'C6501-1',
    deletedAt: null as string | null,
  } satisfies IncomingRecord<'volunteers'>;
}

let db: AppDB;
afterEach(() => db?.close());

async function find(source: ReturnType<typeof directorySource>, ...words: string[]) {
  return (await source.find({ words }, await latestVolunteerSeq(db))).sort();
}

describe('the names held for search', () => {
  it('loads every live volunteer over several pages, telling how far it has gone, leaving tombstones out', async () => {
    db = await freshDb();
    const many = Array.from({ length: 2_150 }, (_, n) =>
      incoming(n + 1, { firstNameTh: n % 2 ? 'สมชาย' : 'มาลี', lastNameTh: `ใจดี${n}` }),
    );
    many[0]!.deletedAt = '2026-11-21T00:00:00.000Z';
    await receiveRecords(db, department, 'volunteers', many);
    const heard: LoadProgress[] = [];
    const source = directorySource(db, (progress) => heard.push(progress));
    await source.ready();
    // Page by page, of the live volunteers the registry counts (the tombstone is read, not counted).
    expect(heard).toEqual([
      { loaded: 2_000, total: 2_149 },
      { loaded: 2_149, total: 2_149 },
    ]);
    expect(await find(source, 'มาลี')).toHaveLength(1_074);
    expect(await find(source, 'ชาย', 'ใจดี2149')).toEqual([many[2149]!.id]);
  });

  it('catches up with received records, which keep no change number, and with tombstones', async () => {
    db = await freshDb();
    const source = directorySource(db);
    await source.ready();
    expect(await find(source, 'สม')).toEqual([]);
    const somchai = incoming(1, { firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' });
    await receiveRecords(db, department, 'volunteers', [somchai]);
    expect(await find(source, 'สม')).toEqual([somchai.id]);
    await receiveRecords(db, department, 'volunteers', [
      { ...somchai, firstNameTh: 'มานะ', vv: { 'C6501-1': 2 } },
    ]);
    expect(await find(source, 'สม')).toEqual([]);
    expect(await find(source, 'มานะ')).toEqual([somchai.id]);
    const writer = createWriter(db, department);
    const own = await writer.create('volunteers', sampleVolunteer({ firstNameTh: 'มานพ' }));
    expect(await find(source, 'มาน')).toEqual([somchai.id, own.id].sort());
    await writer.remove('volunteers', own.id);
    expect(await find(source, 'มาน')).toEqual([somchai.id]);
  });

  it("keeps each volunteer's target groups and skills, and their changes", async () => {
    db = await freshDb();
    const somchai = {
      ...incoming(1, { firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' }),
      targetGroups: ['older-people' as const, 'children' as const],
      skills: ['ปฐมพยาบาล'],
    };
    const malee = { ...incoming(2, { firstNameTh: 'มาลี', lastNameTh: 'ใจดี' }), skills: [] };
    await receiveRecords(db, department, 'volunteers', [somchai, malee]);
    const source = directorySource(db);
    const seq = () => latestVolunteerSeq(db);
    const tagged = async (tags: string[], words: string[] = []) =>
      source.find({ words, tags }, await seq());
    expect(await tagged([groupTag('children')])).toEqual([somchai.id]);
    expect(await tagged([groupTag('children'), skillTag('ปฐมพยาบาล')], ['ใจดี'])).toEqual([
      somchai.id,
    ]);
    expect(await tagged([skillTag('ปฐมพยาบาล')], ['มาลี'])).toEqual([]);
    await receiveRecords(db, department, 'volunteers', [
      { ...malee, skills: ['ปฐมพยาบาล'], vv: { 'C6501-1': 2 } },
      { ...somchai, deletedAt: '2026-11-21T00:00:00.000Z', vv: { 'C6501-1': 2 } },
    ]);
    expect(await tagged([skillTag('ปฐมพยาบาล')])).toEqual([malee.id]);
    expect(await tagged([groupTag('children')])).toEqual([]);
  });

  it('loads again after a hard delete, and answers searches made together in order', async () => {
    db = await freshDb();
    const a = incoming(1, { firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' });
    const b = incoming(2, { firstNameTh: 'สมหญิง', lastNameTh: 'ใจดี' });
    await receiveRecords(db, department, 'volunteers', [a, b]);
    const source = directorySource(db);
    expect(await find(source, 'ใจดี')).toEqual([a.id, b.id]);
    await db.volunteers.delete(a.id);
    const seq = await latestVolunteerSeq(db);
    const [first, second] = await Promise.all([
      source.find({ words: ['ใจดี'] }, seq),
      source.find({ words: ['สม'] }, seq),
    ]);
    expect(first).toEqual([b.id]);
    expect(second).toEqual([b.id]);
  });
});
