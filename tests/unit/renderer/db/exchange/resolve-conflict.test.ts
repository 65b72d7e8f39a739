import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictEntry } from '@renderer/db/app-db';
import { currentChangeNumber } from '@renderer/db/change-counter';
import { asExchanged, exportChanges } from '@renderer/db/exchange/export-changes';
import type { ConflictAuditEntry } from '@renderer/db/exchange/open-conflicts';
import { resolveConflict } from '@renderer/db/exchange/resolve-conflict';
import { compareVectors } from '@shared/domain/records/version-vector';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { makeSite, read, send, type Site } from './exchange-fixture';

let one: Site;
let two: Site;
let department: Site;
beforeEach(async () => {
  [one, two, department] = await Promise.all(['C6501-1', 'C6501-2', 'DSDW-1'].map(makeSite));
});
afterEach(() => {
  for (const site of [one, two, department]) site.db.close();
});

/**
 * A volunteer of C6501 that both of its installations and the department hold, then changed on
 * each installation independently; the first and the department read both changes.
 */
async function concurrentChanges(
  onOne: Partial<VolunteerFields>,
  onTwo: Partial<VolunteerFields>,
): Promise<{ id: string; conflict: ConflictEntry }> {
  const v = await one.writer.create('volunteers', sampleVolunteer());
  await read(two, (await send(one, two)).bytes, [one]);
  await read(department, (await send(one, department)).bytes, [one]);
  if (Object.keys(onOne).length) await one.writer.update('volunteers', v.id, onOne);
  if (Object.keys(onTwo).length) await two.writer.update('volunteers', v.id, onTwo);
  await read(one, (await send(two, one)).bytes, [two]);
  await read(department, (await send(one, department)).bytes, [one]);
  await read(department, (await send(two, department)).bytes, [two]);
  const [conflict] = await one.db.conflicts.toArray();
  expect(conflict).toBeDefined();
  return { id: v.id, conflict: conflict! };
}

async function lastAudit(site: Site): Promise<ConflictAuditEntry> {
  return (await site.db.audit.orderBy('seq').last()) as ConflictAuditEntry;
}

describe('resolving a conflict on an installation of the owner', () => {
  it('keeps the local version as a new change over both sides, the audit saying so', async () => {
    const { id, conflict } = await concurrentChanges({ tier: 'A' }, { tier: 'C' });
    const since = await currentChangeNumber(one.db);
    const { record, closed } = await resolveConflict(one.db, one.context, conflict.seq!, {
      kind: 'keep-local',
    });
    expect(record).toMatchObject({ tier: 'A', updatedBy: 'C6501-1', lc: since + 1 });
    expect(record.vv).toEqual({ 'C6501-1': 3, 'C6501-2': 1 });
    expect(compareVectors(record.vv, conflict.incoming.vv as Record<string, number>)).toBe(
      'dominates',
    );
    expect(closed).toEqual([conflict.seq]);
    expect(await one.db.conflicts.count()).toBe(0);
    expect((await exportChanges(one.db, since)).tables.volunteers?.map((r) => r.id)).toEqual([id]);
    expect(await lastAudit(one)).toMatchObject({
      kind: 'update',
      recordIds: [id],
      fields: [],
      conflicts: [{ seq: conflict.seq, from: 'C6501-2', outcome: 'kept-local', fromIncoming: [] }],
    });
  });

  it('takes the incoming version', async () => {
    const { id, conflict } = await concurrentChanges(
      { tier: 'A', email: 'one@example.org' },
      { tier: 'C' },
    );
    const { record } = await resolveConflict(one.db, one.context, conflict.seq!, {
      kind: 'take-incoming',
    });
    expect(record).toMatchObject({ tier: 'C', email: '' });
    expect((await one.db.volunteers.get(id))?.ix).toMatchObject({ tier: 'C' });
    expect(await lastAudit(one)).toMatchObject({
      fields: ['email', 'tier'],
      conflicts: [{ outcome: 'took-incoming', fromIncoming: ['email', 'tier'] }],
    });
  });

  it('takes each field from the side picked, a history with the value it records', async () => {
    const history = sampleVolunteer().statusHistory;
    const { conflict } = await concurrentChanges(
      {
        firstNameTh: 'สมหญิง',
        status: 'paused',
        statusHistory: [...history, { status: 'paused', on: '2026-01-05', reason: '' }],
      },
      {
        lastNameTh: 'ใจงาม',
        status: 'resigned',
        statusHistory: [...history, { status: 'resigned', on: '2026-02-01', reason: '' }],
      },
    );
    const { record } = await resolveConflict(one.db, one.context, conflict.seq!, {
      kind: 'merged',
      fields: { lastNameTh: 'incoming', status: 'incoming' },
    });
    expect(record).toMatchObject({
      firstNameTh: 'สมหญิง',
      lastNameTh: 'ใจงาม',
      status: 'resigned',
      statusHistory: [...history, { status: 'resigned', on: '2026-02-01', reason: '' }],
    });
    expect((await lastAudit(one)).conflicts[0]).toMatchObject({
      outcome: 'merged',
      fromIncoming: ['lastNameTh', 'status', 'statusHistory'],
    });
  });

  it('sends the result on, where it replaces both sides and closes the same conflict', async () => {
    const { id, conflict } = await concurrentChanges({ tier: 'A' }, { tier: 'C' });
    expect(await department.db.conflicts.count()).toBe(1);
    await read(two, (await send(one, two)).bytes, [one]);
    expect(await two.db.conflicts.count()).toBe(1);

    await resolveConflict(one.db, one.context, conflict.seq!, { kind: 'take-incoming' });
    const resolved = asExchanged((await one.db.volunteers.get(id))!);
    for (const site of [department, two]) {
      const { log } = await read(site, (await send(one, site)).bytes, [one]);
      expect(log.counts.volunteers).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0 });
      expect(await site.db.conflicts.count()).toBe(0);
      expect(asExchanged((await site.db.volunteers.get(id))!)).toEqual(resolved);
      expect((await lastAudit(site)).conflicts).toEqual([
        expect.objectContaining({ recordId: id, outcome: 'superseded' }),
      ]);
    }
  });

  it('deletes the record when the deletion is the side taken', async () => {
    const v = await one.writer.create('volunteers', sampleVolunteer());
    await read(two, (await send(one, two)).bytes, [one]);
    await one.writer.update('volunteers', v.id, { tier: 'A' });
    await two.writer.remove('volunteers', v.id);
    await read(one, (await send(two, one)).bytes, [two]);
    const [conflict] = await one.db.conflicts.toArray();
    const { record } = await resolveConflict(one.db, one.context, conflict!.seq!, {
      kind: 'merged',
      fields: { deletedAt: 'incoming' },
    });
    expect(record).toMatchObject({ tier: 'A', deletedAt: conflict!.incoming.deletedAt, ix: {} });
    expect(await lastAudit(one)).toMatchObject({ kind: 'delete', fields: ['deletedAt'] });
  });
});

describe('several conflicts of one record', () => {
  it('resolves the conflicts with two other installations, one after the other', async () => {
    const three = await makeSite('C6501-3');
    const v = await one.writer.create('volunteers', sampleVolunteer());
    for (const site of [two, three]) await read(site, (await send(one, site)).bytes, [one]);
    await one.writer.update('volunteers', v.id, { tier: 'A' });
    await two.writer.update('volunteers', v.id, { firstNameTh: 'สมหญิง' });
    await three.writer.update('volunteers', v.id, { lastNameTh: 'ใจงาม' });
    for (const site of [two, three]) await read(one, (await send(site, one)).bytes, [site]);
    for (const site of [one, two, three]) {
      await read(department, (await send(site, department)).bytes, [site]);
    }
    const [withTwo, withThree] = await one.db.conflicts.orderBy('seq').toArray();
    expect(await department.db.conflicts.count()).toBe(2);

    await resolveConflict(one.db, one.context, withTwo!.seq!, {
      kind: 'merged',
      fields: { firstNameTh: 'incoming' },
    });
    expect((await one.db.conflicts.toArray()).map((c) => c.seq)).toEqual([withThree!.seq]);
    const { record } = await resolveConflict(one.db, one.context, withThree!.seq!, {
      kind: 'merged',
      fields: { lastNameTh: 'incoming' },
    });
    expect(record).toMatchObject({ tier: 'A', firstNameTh: 'สมหญิง', lastNameTh: 'ใจงาม' });
    expect(record.vv).toEqual({ 'C6501-1': 4, 'C6501-2': 1, 'C6501-3': 1 });

    await read(department, (await send(one, department)).bytes, [one]);
    expect(await department.db.conflicts.count()).toBe(0);
    expect(asExchanged((await department.db.volunteers.get(v.id))!)).toEqual(asExchanged(record));
    three.db.close();
  });
});

describe('what resolving refuses, writing nothing', () => {
  /** Runs `work`, expects refusal `code`, and returns the refusal. */
  async function unchanged(site: Site, work: () => Promise<unknown>, code: string) {
    const before = {
      conflicts: await site.db.conflicts.toArray(),
      volunteers: await site.db.volunteers.toArray(),
      audit: await site.db.audit.count(),
      counter: await currentChangeNumber(site.db),
    };
    const error = await work().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code });
    expect(await site.db.conflicts.toArray()).toEqual(before.conflicts);
    expect(await site.db.volunteers.toArray()).toEqual(before.volunteers);
    expect(await site.db.audit.count()).toBe(before.audit);
    expect(await currentChangeNumber(site.db)).toBe(before.counter);
    return error;
  }

  it('refuses on an installation of another organisation: the owner resolves', async () => {
    await concurrentChanges({ tier: 'A' }, { tier: 'C' });
    const [conflict] = await department.db.conflicts.toArray();
    const work = () =>
      resolveConflict(department.db, department.context, conflict!.seq!, { kind: 'keep-local' });
    const error = await unchanged(department, work, 'conflict.not-owner');
    expect(error).toMatchObject({
      text: {
        th: expect.stringContaining('ชุดข้อมูลถัดไปของ C6501'),
        en: expect.stringContaining("arrives with C6501's next bundle"),
      },
    });
  });

  it('refuses a conflict that is no longer open', async () => {
    const { conflict } = await concurrentChanges({ tier: 'A' }, { tier: 'C' });
    await resolveConflict(one.db, one.context, conflict.seq!, { kind: 'keep-local' });
    const again = () => resolveConflict(one.db, one.context, conflict.seq!, { kind: 'keep-local' });
    await unchanged(one, again, 'conflict.gone');
  });

  it('refuses fields picked from both sides that break the volunteer’s rules', async () => {
    // Each side is valid; the joining date of one with the birth date of the other is not.
    const { conflict } = await concurrentChanges(
      { joinedOn: '1990-01-10' },
      { birthDate: '1980-05-01' },
    );
    const work = () =>
      resolveConflict(
        one.db,
        one.context,
        conflict.seq!,
        { kind: 'merged', fields: { birthDate: 'incoming' } },
        '2026-11-22',
      );
    await unchanged(one, work, 'conflict.merged-invalid');
  });

  it('refuses to take a national id another live volunteer holds', async () => {
    const { conflict } = await concurrentChanges({ tier: 'A' }, { nationalId: '3100600211235' });
    await one.writer.create('volunteers', sampleVolunteer({ nationalId: '3100600211235' }));
    const work = () =>
      resolveConflict(one.db, one.context, conflict.seq!, { kind: 'take-incoming' });
    await unchanged(one, work, 'volunteer.duplicate-id');
  });
});
