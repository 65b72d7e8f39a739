import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { prepareNameSearch } from '@renderer/db/name-search/find-by-name';
import { isSameList, openVolunteerList } from '@renderer/db/volunteer-list';
import { sortIndexOf } from '@renderer/db/volunteer-query';
import { createWriter } from '@renderer/db/write';
import { emptyFilter, sortKeys } from '@shared/domain/volunteers/volunteer-filter';
import { sampleVolunteer } from '../../../support/sample-volunteer';
import { freshDb } from './test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
let db: AppDB;
afterEach(() => db?.close());

/** `count` volunteers with distinct names and ids, one of them deleted. */
async function registry(count: number) {
  db = await freshDb();
  const writer = createWriter(db, centre);
  const created = await writer.createMany(
    'volunteers',
    Array.from({ length: count }, (_, i) =>
      sampleVolunteer({
        firstNameTh: `สม${String(i).padStart(3, '0')}`,
        nationalId: `3${String(i).padStart(12, '0')}`,
      }),
    ),
  );
  await writer.remove('volunteers', created[Math.min(5, count - 1)]!.id);
}

describe('the unfiltered registry list', () => {
  it('counts the live volunteers and gives every position in the list order', async () => {
    await registry(130);
    const list = await openVolunteerList(db, emptyFilter);
    const ordered = (await db.volunteers.orderBy('ix.sort').primaryKeys()) as string[];
    expect(list.count).toBe(129);
    expect(ordered).toHaveLength(129);
    // The first page and the pages past it, in the order of the sort index: read from the index
    // while the names for search are loading, then from them.
    for (const namesLoaded of [false, true]) {
      if (namesLoaded) await prepareNameSearch(db);
      expect(await list.idsAt(0, 10)).toEqual(ordered.slice(0, 10));
      expect(await list.idsAt(95, 125)).toEqual(ordered.slice(95, 125));
      expect(await list.all()).toEqual(ordered);
    }
  });

  it('in name order, reads any position from the names held for search, as they change', async () => {
    await registry(130);
    await prepareNameSearch(db);
    await createWriter(db, centre).create(
      'volunteers',
      sampleVolunteer({ firstNameTh: 'สม0645', nationalId: '1102012345694' }),
    );
    for (const desc of [false, true]) {
      const list = await openVolunteerList(db, { ...emptyFilter, desc });
      const index = db.volunteers.orderBy('ix.sort');
      const ordered = (await (desc ? index.reverse() : index).primaryKeys()) as string[];
      expect(list.count).toBe(130);
      expect(await list.idsAt(60, 70)).toEqual(ordered.slice(60, 70));
      expect(await list.idsAt(120, 140)).toEqual(ordered.slice(120));
    }
  });

  it('reads its far half from the end, in the same order, in either direction', async () => {
    await registry(130);
    for (const desc of [false, true]) {
      const filter = { ...emptyFilter, sort: 'nationalId' as const, desc };
      const list = await openVolunteerList(db, filter);
      const index = db.volunteers.orderBy('ix.nid');
      const ordered = (await (desc ? index.reverse() : index).primaryKeys()) as string[];
      expect(await list.idsAt(60, 70)).toEqual(ordered.slice(60, 70));
      expect(await list.idsAt(64, 66)).toEqual(ordered.slice(64, 66));
      expect(await list.idsAt(110, 129)).toEqual(ordered.slice(110, 129));
      // Past the end, as a scrolled list may ask: what there is.
      expect(await list.idsAt(120, 140)).toEqual(ordered.slice(120));
      expect(await list.idsAt(129, 140)).toEqual([]);
    }
  });

  it('in every order, reads any position from the directory held for search, as it changes', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const statuses = ['active', 'paused', 'resigned', 'deceased'] as const;
    const created = await writer.createMany(
      'volunteers',
      Array.from({ length: 130 }, (_, i) =>
        sampleVolunteer({
          firstNameTh: `สม${String(i).padStart(3, '0')}`,
          nationalId: `3${String((i * 37) % 130).padStart(12, '0')}`,
          // Few distinct values, so that most places are decided by the id.
          birthDate: `19${50 + (i % 7)}-01-01`,
          joinedOn: `20${10 + (i % 5)}-06-30`,
          status: statuses[i % 4]!,
          tier: i % 3 === 0 ? null : 'A',
        }),
      ),
    );
    await prepareNameSearch(db);
    const expectIndexOrder = async () => {
      for (const sort of sortKeys) {
        for (const desc of [false, true]) {
          const list = await openVolunteerList(db, { ...emptyFilter, sort, desc });
          const index = db.volunteers.orderBy(sortIndexOf(sort));
          const ordered = (await (desc ? index.reverse() : index).primaryKeys()) as string[];
          expect(list.count, `${sort} ${desc}`).toBe(ordered.length);
          expect(await list.idsAt(60, 140), `${sort} ${desc}`).toEqual(ordered.slice(60));
          expect(await list.idsAt(61, 62), `${sort} ${desc}`).toEqual(ordered.slice(61, 62));
          expect(await list.all(), `${sort} ${desc}`).toEqual(ordered);
        }
      }
    };
    await expectIndexOrder();
    // Moved in some orders and not others, one gone, one new: each order is mended.
    await writer.update('volunteers', created[7]!.id, { joinedOn: '2009-01-01', tier: 'C' });
    await writer.update('volunteers', created[90]!.id, {
      status: 'active',
      birthDate: '1990-12-31',
    });
    await writer.remove('volunteers', created[100]!.id);
    await writer.create(
      'volunteers',
      sampleVolunteer({ firstNameTh: 'สมพร', nationalId: '1102012345694', joinedOn: '2012-06-30' }),
    );
    await expectIndexOrder();
  });

  it('reads its count as the registry changes', async () => {
    await registry(3);
    expect((await openVolunteerList(db, emptyFilter)).count).toBe(2);
    await createWriter(db, centre).create('volunteers', sampleVolunteer());
    expect((await openVolunteerList(db, { ...emptyFilter, desc: true })).count).toBe(3);
  });
});

describe('two reads of a list', () => {
  it('are the same until a record of it, its count or its order changes', async () => {
    await registry(70);
    const writer = createWriter(db, centre);
    const searched = { ...emptyFilter, q: 'สม' };
    const [first, again] = [
      await openVolunteerList(db, emptyFilter),
      await openVolunteerList(db, emptyFilter),
    ];
    expect(isSameList(first, again)).toBe(true);
    const [firstId] = await first.idsAt(0, 1);
    await writer.update('volunteers', firstId!, { phones: ['0899999999'] });
    expect(isSameList(first, await openVolunteerList(db, emptyFilter))).toBe(false);

    const found = await openVolunteerList(db, searched);
    expect(isSameList(found, await openVolunteerList(db, searched))).toBe(true);
    // The last two change places, past the first page: the ids the filtered list holds tell it.
    const secondLast = found.ids!.at(-2)!;
    await writer.update('volunteers', secondLast, { firstNameTh: 'สม0695' });
    const changed = await openVolunteerList(db, searched);
    expect(changed.firstRows).toEqual(found.firstRows);
    expect(changed.ids!.at(-1)).toBe(secondLast);
    expect(isSameList(found, changed)).toBe(false);
  });
});
