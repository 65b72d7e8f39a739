import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { createWriter } from '@renderer/db/write';
import { queryVolunteerIds, readsDirectory } from '@renderer/db/volunteer-query';
import { emptyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { sampleVolunteer } from '../../../support/sample-volunteer';
import { freshDb } from './test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
let db: AppDB;
afterEach(() => db?.close());

async function registry() {
  db = await freshDb();
  const writer = createWriter(db, centre);
  const [somchai, malee, somying, gone] = await writer.createMany('volunteers', [
    sampleVolunteer({
      firstNameTh: 'สมชาย',
      lastNameTh: 'ใจดี',
      firstNameEn: 'Somchai',
      nationalId: '1100100000000',
      phones: ['0811111111'],
      tier: 'A',
    }),
    sampleVolunteer({
      firstNameTh: 'มาลี',
      lastNameTh: 'ทองประเสริฐ',
      firstNameEn: 'Malee',
      nationalId: '3100600211235',
      phones: ['0922222222'],
      status: 'paused',
      statusHistory: [{ status: 'paused', on: '2020-01-01', reason: '' }],
    }),
    sampleVolunteer({
      firstNameTh: 'สมหญิง',
      lastNameTh: 'ศรีสุข',
      firstNameEn: 'Somying',
      nationalId: '1102012345678',
      phones: ['0833333333'],
      address: { ...sampleVolunteer().address, districtCode: '6502', subdistrictCode: '650201' },
    }),
    sampleVolunteer({ firstNameTh: 'สมศักดิ์', lastNameTh: 'ประเสริฐ', nationalId: '1101700203450' }),
  ]);
  await writer.remove('volunteers', gone!.id);
  return { somchai: somchai!.id, malee: malee!.id, somying: somying!.id, gone: gone!.id };
}

const query = (filter: Partial<VolunteerFilter>) =>
  queryVolunteerIds(db, { ...emptyFilter, ...filter });

describe('the registry list query', () => {
  it('lists live volunteers in Thai order, leaving tombstones out', async () => {
    const v = await registry();
    expect(await query({})).toEqual([v.malee, v.somchai, v.somying]);
    expect(await query({ desc: true })).toEqual([v.somying, v.somchai, v.malee]);
  });

  it('finds any part of a Thai name, the start of an English one, and every word must match', async () => {
    const v = await registry();
    expect(await query({ q: 'ประเสริฐ' })).toEqual([v.malee]);
    expect(await query({ q: 'สม' })).toEqual([v.somchai, v.somying]);
    expect(await query({ q: 'somy' })).toEqual([v.somying]);
    expect(await query({ q: 'ying' })).toEqual([]);
    expect(await query({ q: 'สม ใจ' })).toEqual([v.somchai]);
    expect(await query({ q: 'ไม่มีใคร' })).toEqual([]);
  });

  it('finds only the names that every word matches, among many alike', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const surnames = ['ใจดี', 'ใจงาม', 'ศรีสุข', 'ทองดี'];
    const created = await writer.createMany(
      'volunteers',
      Array.from({ length: 600 }, (_, i) =>
        sampleVolunteer({
          firstNameTh: i % 2 ? 'สมชาย' : 'สมศรี',
          lastNameTh: surnames[i % 4]!,
          nationalId: `3${String(i).padStart(12, '0')}`,
        }),
      ),
    );
    const expected = (first: string, part: string) =>
      created
        .filter((v) => v.firstNameTh === first && v.lastNameTh.includes(part))
        .map((v) => v.id)
        .sort();
    expect((await query({ q: 'สม ดี' })).sort()).toEqual(
      created
        .filter((v) => v.lastNameTh.endsWith('ดี'))
        .map((v) => v.id)
        .sort(),
    );
    expect((await query({ q: 'สมชาย ใจ' })).sort()).toEqual(expected('สมชาย', 'ใจ'));
    expect((await query({ q: 'ดี สมศรี' })).sort()).toEqual(expected('สมศรี', 'ดี'));
    expect(await query({ q: 'สมชาย ศรีสุข' })).toEqual([]);
  });

  it('answers again when a record that a search finds is added or removed', async () => {
    const v = await registry();
    const writer = createWriter(db, centre);
    const seen: string[][] = [];
    const next = () =>
      new Promise<string[]>((resolve) => {
        const wait = () => (seen.length > shown ? resolve(seen[shown++]!) : setTimeout(wait, 5));
        wait();
      });
    let shown = 0;
    const subscription = liveQuery(() =>
      queryVolunteerIds(db, { ...emptyFilter, q: 'สม ใจ' }),
    ).subscribe((ids) => seen.push(ids));
    expect(await next()).toEqual([v.somchai]);
    // A name that sorts after สมชาย ใจดี, found from its middle.
    const added = await writer.create(
      'volunteers',
      sampleVolunteer({ firstNameTh: 'สมหมาย', lastNameTh: 'จริงใจ', nationalId: '1102012345694' }),
    );
    expect(await next()).toEqual([v.somchai, added.id]);
    await writer.remove('volunteers', v.somchai);
    expect(await next()).toEqual([added.id]);
    subscription.unsubscribe();
  });

  it('finds by national id typed with dashes or Thai digits, and by phone', async () => {
    const v = await registry();
    expect(await query({ q: '1-1020-12345-67-8' })).toEqual([v.somying]);
    expect(await query({ q: '๓๑๐๐๖' })).toEqual([v.malee]);
    expect(await query({ q: '092-222' })).toEqual([v.malee]);
  });

  it('combines filters and search', async () => {
    const v = await registry();
    expect(await query({ status: ['active'] })).toEqual([v.somchai, v.somying]);
    expect(await query({ status: ['active'], tier: ['A'] })).toEqual([v.somchai]);
    expect(await query({ district: '6502' })).toEqual([v.somying]);
    expect(await query({ province: '65' })).toEqual([v.malee, v.somchai, v.somying]);
    expect(await query({ province: '66' })).toEqual([]);
    expect(await query({ subdistrict: '650201' })).toEqual([v.somying]);
    expect(await query({ q: 'สม', district: '6501' })).toEqual([v.somchai]);
    expect(await query({ registration: 'registered' })).toEqual([]);
    expect(await query({ registration: 'unregistered', status: ['paused'] })).toEqual([v.malee]);
  });

  it('filters by target group and skill, alone and with a search or other filters', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const [somchai, malee, somying] = await writer.createMany('volunteers', [
      sampleVolunteer({
        firstNameTh: 'สมชาย',
        lastNameTh: 'ใจดี',
        nationalId: '1100100000000',
        targetGroups: ['children', 'older-people'],
        skills: ['ปฐมพยาบาล'],
      }),
      sampleVolunteer({
        firstNameTh: 'มาลี',
        lastNameTh: 'ทองประเสริฐ',
        nationalId: '3100600211235',
        targetGroups: ['children'],
        skills: ['ปฐมพยาบาล', 'การเยี่ยมบ้าน'],
        status: 'paused',
        statusHistory: [{ status: 'paused', on: '2020-01-01', reason: '' }],
      }),
      sampleVolunteer({
        firstNameTh: 'สมหญิง',
        lastNameTh: 'ศรีสุข',
        nationalId: '1102012345678',
        targetGroups: [],
        skills: ['การเยี่ยมบ้าน'],
        address: { ...sampleVolunteer().address, districtCode: '6502', subdistrictCode: '650201' },
      }),
    ]);
    const [a, b, c] = [somchai!.id, malee!.id, somying!.id];
    expect(await query({ group: 'children' })).toEqual([b, a]);
    expect(await query({ group: 'children', desc: true })).toEqual([a, b]);
    expect(await query({ group: 'children', sort: 'nationalId' })).toEqual([a, b]);
    expect(await query({ skill: 'การเยี่ยมบ้าน' })).toEqual([b, c]);
    expect(await query({ skill: 'การเยี่ยม' })).toEqual([]);
    expect(await query({ group: 'children', skill: 'การเยี่ยมบ้าน' })).toEqual([b]);
    expect(await query({ group: 'children', q: 'สม' })).toEqual([a]);
    expect(await query({ group: 'children', status: ['active'] })).toEqual([a]);
    expect(await query({ skill: 'การเยี่ยมบ้าน', district: '6502' })).toEqual([c]);
    expect(await query({ skill: 'ปฐมพยาบาล', subdistrict: '650201' })).toEqual([]);
    expect(await query({ group: 'youth' })).toEqual([]);
    expect(await query({ group: 'children', q: '3100600' })).toEqual([b]);
    // A group changed or a record removed leaves the answer at once.
    await writer.update('volunteers', b, { targetGroups: [] });
    expect(await query({ group: 'children' })).toEqual([a]);
    await writer.remove('volunteers', a);
    expect(await query({ group: 'children' })).toEqual([]);
  });

  it('reads the directory for a name search, and for a group or skill with nothing narrower', async () => {
    db = await freshDb();
    const reads = (changes: Partial<VolunteerFilter>) =>
      readsDirectory(db, { ...emptyFilter, ...changes });
    expect(reads({ q: 'สม' })).toBe(true);
    expect(reads({ q: 'สม', district: '6501' })).toBe(true);
    expect(reads({ group: 'children' })).toBe(true);
    expect(reads({ skill: 'ปฐมพยาบาล', status: ['active'], province: '65' })).toBe(true);
    expect(reads({ group: 'children', district: '6501' })).toBe(false);
    expect(reads({ group: 'children', q: '1100' })).toBe(false);
    expect(reads({ status: ['active'], tier: ['A'] })).toBe(false);
    expect(reads({ q: '   ' })).toBe(false);
  });

  it('treats a search of only spaces as no search', async () => {
    const v = await registry();
    expect(await query({ q: '   ' })).toEqual([v.malee, v.somchai, v.somying]);
  });

  it('sorts by national id', async () => {
    const v = await registry();
    expect(await query({ sort: 'nationalId' })).toEqual([v.somchai, v.somying, v.malee]);
  });
});
