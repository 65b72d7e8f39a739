import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sinceFor } from '@renderer/db/exchange/acks';
import { exportChanges } from '@renderer/db/exchange/export-changes';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { contents, makeSite, read, send, type Site } from './exchange-fixture';

let centre: Site;
let department: Site;
beforeEach(async () => {
  centre = await makeSite('C6501-1');
  department = await makeSite('DSDW-1');
});
afterEach(() => {
  centre.db.close();
  department.db.close();
});

describe('sending a centre’s volunteers to the department', () => {
  it('exports only this installation’s changes, without local fields, sorted by id', async () => {
    const [a] = await centre.writer.createMany('volunteers', [
      sampleVolunteer(),
      sampleVolunteer({ nationalId: '3100600211235' }),
    ]);
    const first = await exportChanges(centre.db, 0);
    expect(first.upTo).toBe(2);
    expect(first.tables.volunteers!.map((r) => r.id)).toEqual(
      first.tables.volunteers!.map((r) => r.id).sort(),
    );
    expect(first.tables.volunteers![0]).not.toHaveProperty('lc');
    expect(first.tables.volunteers![0]).not.toHaveProperty('ix');
    await centre.writer.update('volunteers', a!.id, { tier: 'A' });
    const later = await exportChanges(centre.db, 2);
    expect(later).toMatchObject({ since: 2, upTo: 3 });
    expect(later.tables.volunteers!.map((r) => r.id)).toEqual([a!.id]);
  });

  it('is verified, planned and applied by the department, which then sees them', async () => {
    const [a, b] = await centre.writer.createMany('volunteers', [
      sampleVolunteer(),
      sampleVolunteer({ nationalId: '3100600211235' }),
    ]);
    const written = await send(centre, department);
    expect(written.manifest).toMatchObject({ sequence: 1, previous: null, since: 0, upTo: 2 });
    const { log } = await read(department, written.bytes, [centre]);
    expect(log).toMatchObject({ outcome: 'applied', reason: null, issuer: 'C6501-1', sequence: 1 });
    expect(log.counts.volunteers).toEqual({ added: 2, updated: 0, unchanged: 0, conflicts: 0 });
    const seen = await department.db.volunteers.get(a!.id);
    expect(seen).toMatchObject({ owner: 'C6501', nationalId: a!.nationalId, lc: 0 });
    expect(seen!.ix).toMatchObject({ nid: a!.nationalId });
    expect(await department.db.volunteers.get(b!.id)).toBeDefined();
    expect(await department.db.audit.filter((e) => e.kind === 'receive').count()).toBe(1);
  });

  it('treats reading the same bundle again as a reported no-op', async () => {
    await centre.writer.create('volunteers', sampleVolunteer());
    const written = await send(centre, department);
    await read(department, written.bytes, [centre]);
    const before = await contents(department.db);
    const { log } = await read(department, written.bytes, [centre]);
    expect(log.outcome).toBe('no-op');
    expect(log.reason?.th).toContain('นำเข้าไปแล้ว');
    expect(await contents(department.db)).toEqual(before);
  });

  it('sends the next bundle from what the department acknowledged, chained to the last', async () => {
    const v = await centre.writer.create('volunteers', sampleVolunteer());
    const first = await send(centre, department);
    await read(department, first.bytes, [centre]);
    await department.writer.create('registrations', {
      volunteerId: v.id,
      number: 'พม.65-000001',
      status: 'registered',
      on: '2026-11-22',
    });
    const back = await send(department, centre);
    expect(back.manifest.acks).toEqual({ 'C6501-1': 1 });
    await read(centre, back.bytes, [department]);
    expect(await sinceFor(centre.db, 'C6501-1', 'DSDW')).toBe(1);

    await centre.writer.update('volunteers', v.id, { tier: 'A' });
    const second = await send(centre, department);
    expect(second.manifest).toMatchObject({
      sequence: 2,
      previous: first.manifestSha256,
      since: 1,
      upTo: 2,
    });
    const { log } = await read(department, second.bytes, [centre]);
    expect(log.counts.volunteers).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0 });
    expect((await department.db.volunteers.get(v.id))?.tier).toBe('A');
  });
});

describe('the department’s registration travelling back', () => {
  it('is held by the centre as a read-only copy', async () => {
    const v = await centre.writer.create('volunteers', sampleVolunteer());
    await read(department, (await send(centre, department)).bytes, [centre]);
    const registration = await department.writer.create('registrations', {
      volunteerId: v.id,
      number: 'พม.65-000001',
      status: 'registered',
      on: '2026-11-22',
    });
    const { log } = await read(centre, (await send(department, centre)).bytes, [department]);
    expect(log.counts.registrations).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 0 });
    expect(await centre.db.registrations.get(registration.id)).toMatchObject({
      owner: 'DSDW',
      number: 'พม.65-000001',
      lc: 0,
    });
    await expect(
      centre.writer.update('registrations', registration.id, { status: 'cancelled' }),
    ).rejects.toMatchObject({ code: 'write.not-owner' });
    // A received copy is not one of the centre's changes: it never goes back out.
    expect((await exportChanges(centre.db, 0)).tables.registrations).toEqual([]);
  });
});
