import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { createWriter, type NewRecord } from '@renderer/db/write';
import { currentChangeNumber } from '@renderer/db/change-counter';
import { isUserFacingError } from '@shared/errors';
import { findInDirectory } from '@renderer/db/name-search/find-by-name';
import { freshDb } from './test-db';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const centre = {
  installationId: 'C6501-1',
  organisation: 'C6501',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};

function volunteer(overrides: Partial<NewRecord<'volunteers'>> = {}): NewRecord<'volunteers'> {
  return { ...sampleVolunteer(), ...overrides };
}

let db: AppDB;
afterEach(() => db?.close());

describe('the write layer', () => {
  it('stamps the exchange fields and the change counter on a new record', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.owner).toBe('C6501');
    expect(created.vv).toEqual({ 'C6501-1': 1 });
    expect(created.updatedAt).toBe('2026-11-22T09:30:00.000Z');
    expect(created.updatedBy).toBe('C6501-1');
    expect(created.deletedAt).toBeNull();
    expect(created.lc).toBe(1);
    expect(await db.volunteers.get(created.id)).toEqual(created);
  });

  it('bumps the version vector and takes the next change number on update', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    await writer.create('volunteers', volunteer({ nationalId: '3100600211235' }));
    const updated = await writer.update('volunteers', created.id, { tier: 'A' });
    expect(updated.vv).toEqual({ 'C6501-1': 2 });
    expect(updated.lc).toBe(3);
    expect(updated.tier).toBe('A');
    expect(await currentChangeNumber(db)).toBe(3);
  });

  it('writes nothing and takes no number when an update changes nothing', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    const same = await writer.update('volunteers', created.id, { tier: 'B' });
    expect(same).toEqual(created);
    expect(await currentChangeNumber(db)).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('refuses to create or change a record another organisation owns', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    await expect(writer.create('volunteers', volunteer({ owner: 'C1001' }))).rejects.toMatchObject({
      code: 'write.not-owner',
    });
    const other = createWriter(db, { installationId: 'C1001-1', organisation: 'C1001' });
    const theirs = await other.create('volunteers', volunteer());
    const refusal = await writer.update('volunteers', theirs.id, { tier: 'A' }).catch((e) => e);
    expect(isUserFacingError(refusal)).toBe(true);
    expect(refusal.code).toBe('write.not-owner');
    expect(refusal.text.th).toContain('C1001');
    expect((await db.volunteers.get(theirs.id))?.tier).toBe('B');
    await expect(writer.remove('volunteers', theirs.id)).rejects.toMatchObject({
      code: 'write.not-owner',
    });
  });

  it('turns a deletion into a tombstone that keeps travelling, and can restore it', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    await writer.remove('volunteers', created.id);
    const tombstone = await db.volunteers.get(created.id);
    expect(tombstone?.deletedAt).toBe('2026-11-22T09:30:00.000Z');
    expect(tombstone?.vv).toEqual({ 'C6501-1': 2 });
    expect(tombstone?.lc).toBe(2);
    await expect(writer.update('volunteers', created.id, { tier: 'A' })).rejects.toMatchObject({
      code: 'write.deleted',
    });
    await writer.restore('volunteers', created.id);
    expect((await db.volunteers.get(created.id))?.deletedAt).toBeNull();
  });

  it('keeps an audit entry for every change, with field names and no personal data', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    await writer.update('volunteers', created.id, { phones: ['0899999999'], tier: 'A' });
    await writer.remove('volunteers', created.id);
    const entries = await db.audit.where('recordIds').equals(created.id).toArray();
    expect(entries.map((e) => e.kind)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]!.fields.sort()).toEqual(['phones', 'tier']);
    const text = JSON.stringify(entries);
    for (const personal of ['สมศรี', 'ใจดี', '1101700203450', '0812345678', '0899999999']) {
      expect(text).not.toContain(personal);
    }
    expect(entries.every((e) => e.installation === 'C6501-1')).toBe(true);
  });

  it('writes a batch all or nothing', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const first = await writer.create('volunteers', volunteer());
    const batch = [volunteer({ nationalId: '3100600211235' }), volunteer({ id: first.id })];
    await expect(writer.createMany('volunteers', batch)).rejects.toThrow();
    expect(await db.volunteers.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(await currentChangeNumber(db)).toBe(1);
  });

  it('keeps one audit entry for a batch, naming every record', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const batch = ['3100600211235', '1101700203450'].map((nationalId) => volunteer({ nationalId }));
    const created = await writer.createMany('volunteers', batch);
    const entries = await db.audit.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.recordIds).toEqual(created.map((c) => c.id));
    expect(await db.audit.where('recordIds').equals(created[1]!.id).count()).toBe(1);
  });

  it('derives the list indexes on every write and drops a tombstone out of them', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const created = await writer.create('volunteers', volunteer());
    expect(await db.volunteers.where('ix.nid').equals('1101700203450').count()).toBe(1);
    expect(await findInDirectory(db, { words: ['ดี'] })).toEqual([created.id]);
    await writer.update('volunteers', created.id, { lastNameTh: 'มีสุข' });
    expect(await findInDirectory(db, { words: ['ใจดี'] })).toEqual([]);
    expect(await findInDirectory(db, { words: ['สุข'] })).toEqual([created.id]);
    await writer.remove('volunteers', created.id);
    expect(await db.volunteers.where('ix.nid').equals('1101700203450').count()).toBe(0);
    expect(await db.volunteers.where('ix.sort').above('').count()).toBe(0);
    expect(await findInDirectory(db, { words: ['สุข'] })).toEqual([]);
  });

  it('changes many records in one transaction, refusing all when one is refused', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const mine = await writer.createMany('volunteers', [
      volunteer({ nationalId: '3100600211235' }),
      volunteer(),
    ]);
    const other = createWriter(db, { installationId: 'C1001-1', organisation: 'C1001' });
    const theirs = await other.create('volunteers', volunteer({ nationalId: '1100100000000' }));
    const ids = [...mine.map((m) => m.id), theirs.id];
    await expect(
      writer.updateMany('volunteers', ids, () => ({ tier: 'A' as const })),
    ).rejects.toMatchObject({
      code: 'write.not-owner',
    });
    expect(await db.volunteers.where('ix.tier').equals('A').count()).toBe(0);
    await writer.updateMany('volunteers', ids.slice(0, 2), () => ({ tier: 'A' as const }));
    expect(await db.volunteers.where('ix.tier').equals('A').count()).toBe(2);
  });
});
