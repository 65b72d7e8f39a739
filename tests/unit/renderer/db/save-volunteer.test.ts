import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { changeStatusOf, changeTierOf, undoBulkChange } from '@renderer/db/bulk-volunteers';
import { addVolunteer, changeVolunteer } from '@renderer/db/save-volunteer';
import { openVolunteerList } from '@renderer/db/volunteer-list';
import { createWriter } from '@renderer/db/write';
import { emptyFilter } from '@shared/domain/volunteers/volunteer-filter';
import { sampleVolunteer } from '../../../support/sample-volunteer';
import { freshDb } from './test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
let db: AppDB;
afterEach(() => db?.close());

describe('adding and changing volunteers', () => {
  it('refuses a second live volunteer with the same id, naming the first', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    await addVolunteer(db, writer, sampleVolunteer());
    const refusal = await addVolunteer(db, writer, sampleVolunteer({ firstNameTh: 'อื่น' })).catch(
      (e) => e,
    );
    expect(refusal.code).toBe('volunteer.duplicate-id');
    expect(refusal.text.th).toContain('สมศรี ใจดี');
    expect(refusal.where.field).toBe('nationalId');
    expect(await db.volunteers.count()).toBe(1);
  });

  it('allows the id again once the first record is deleted', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const first = await addVolunteer(db, writer, sampleVolunteer());
    await writer.remove('volunteers', first.id);
    await expect(addVolunteer(db, writer, sampleVolunteer())).resolves.toBeTruthy();
  });

  it('refuses an invalid record with the field and a Thai message, writing nothing', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const refusal = await addVolunteer(db, writer, sampleVolunteer({ lastNameTh: '' })).catch(
      (e) => e,
    );
    expect(refusal.where.field).toBe('lastNameTh');
    expect(refusal.text.th).toContain('นามสกุล');
    expect(await db.volunteers.count()).toBe(0);
  });

  it('lets a record keep its own id when edited, but not take another’s', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const a = await addVolunteer(db, writer, sampleVolunteer());
    const b = await addVolunteer(db, writer, sampleVolunteer({ nationalId: '1102012345678' }));
    await expect(
      changeVolunteer(db, writer, a.id, sampleVolunteer({ phones: ['0899999999'] })),
    ).resolves.toMatchObject({ phones: ['0899999999'] });
    await expect(changeVolunteer(db, writer, b.id, sampleVolunteer())).rejects.toMatchObject({
      code: 'volunteer.duplicate-id',
    });
  });
});

describe('bulk changes and the paged list', () => {
  it('changes status with a history entry, and undo puts it back', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const a = await addVolunteer(db, writer, sampleVolunteer());
    const b = await addVolunteer(db, writer, sampleVolunteer({ nationalId: '1102012345678' }));
    const undo = await changeStatusOf(writer, [a.id, b.id], 'paused', '2026-11-23', 'ย้ายที่อยู่');
    const paused = await db.volunteers.get(a.id);
    expect(paused?.status).toBe('paused');
    expect(paused?.statusHistory.at(-1)).toEqual({
      status: 'paused',
      on: '2026-11-23',
      reason: 'ย้ายที่อยู่',
    });
    await undoBulkChange(writer, undo);
    expect((await db.volunteers.get(a.id))?.statusHistory).toEqual(a.statusHistory);
    const tierUndo = await changeTierOf(writer, [b.id], null, '2026-11-23', '');
    expect((await db.volunteers.get(b.id))?.tier).toBeNull();
    await undoBulkChange(writer, tierUndo);
    expect((await db.volunteers.get(b.id))?.tier).toBe('B');
  });

  it('reads the unfiltered list a page at a time in Thai order', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const names = ['มาลี', 'กาญจนา', 'เกศินี', 'สมชาย'];
    const ids = ['1100100000000', '1102012345678', '3100600211235', '1101700203450'];
    for (const [i, firstNameTh] of names.entries()) {
      await addVolunteer(db, writer, sampleVolunteer({ firstNameTh, nationalId: ids[i]! }));
    }
    const list = await openVolunteerList(db, emptyFilter);
    expect(list.count).toBe(4);
    const page = await list.idsAt(1, 3);
    const records = await db.volunteers.bulkGet(page);
    expect(records.map((r) => r?.firstNameTh)).toEqual(['เกศินี', 'มาลี']);
    expect(await list.all()).toHaveLength(4);
  });
});
