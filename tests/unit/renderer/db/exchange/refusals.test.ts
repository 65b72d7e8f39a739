import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import {
  contents,
  fields,
  makeSite,
  read,
  send,
  sign,
  travelling,
  type Site,
} from './exchange-fixture';

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

/** Reads `bytes` at the department and checks it was refused with `code`, writing only the log. */
async function refused(bytes: Uint8Array, code: string) {
  const before = await contents(department.db);
  const logged = await department.db.exchangeLog.count();
  const { plan, log } = await read(department, bytes, [centre]);
  expect(plan).toMatchObject({ outcome: 'rejected', code });
  expect(log.outcome).toBe('rejected');
  expect(log.counts).toEqual({});
  expect(await contents(department.db)).toEqual(before);
  expect(await department.db.exchangeLog.count()).toBe(logged + 1);
  return log.reason!;
}

describe('bundles the department refuses, writing nothing but the log entry', () => {
  it('refuses a sequence older than the last applied', async () => {
    const one = await sign(
      centre,
      fields(centre, department),
      { volunteers: [travelling(1, 'C6501')] },
      department,
    );
    const two = await sign(
      centre,
      fields(centre, department, { sequence: 2, previous: one.manifestSha256, upTo: 2 }),
      { volunteers: [travelling(2, 'C6501')] },
      department,
    );
    expect((await read(department, two.bytes, [centre])).log.outcome).toBe('applied');
    await refused(one.bytes, 'bundle.order.sequence');
  });

  it('refuses a bundle whose changes start past what was applied, naming the range to ask for', async () => {
    const late = await sign(
      centre,
      fields(centre, department, { sequence: 3, previous: 'c'.repeat(64), since: 5, upTo: 9 }),
      { volunteers: [travelling(1, 'C6501')] },
      department,
    );
    const reason = await refused(late.bytes, 'bundle.order.gap');
    expect(reason.en).toContain('after 0');
    expect(reason.th).toContain('หลังที่ 0');
  });

  it('refuses a bundle that does not follow the one applied before it (a forked history)', async () => {
    const one = await sign(
      centre,
      fields(centre, department),
      { volunteers: [travelling(1, 'C6501')] },
      department,
    );
    await read(department, one.bytes, [centre]);
    const fork = await sign(
      centre,
      fields(centre, department, { sequence: 2, previous: 'b'.repeat(64), since: 1, upTo: 2 }),
      { volunteers: [travelling(2, 'C6501')] },
      department,
    );
    await refused(fork.bytes, 'bundle.order.forked');
  });

  it('refuses a centre’s bundle carrying a record another organisation owns', async () => {
    const theirs = await sign(
      centre,
      fields(centre, department),
      { volunteers: [travelling(1, 'C6501'), travelling(2, 'C1001')] },
      department,
    );
    const reason = await refused(theirs.bytes, 'bundle.records.owner');
    expect(reason.th).toContain('C1001');
  });

  it('refuses a centre’s bundle carrying a department-owned registration', async () => {
    const registration = {
      id: '00000000-0000-4000-8000-000000000099',
      owner: 'DSDW',
      vv: { 'DSDW-1': 1 },
      updatedAt: '2026-11-20T03:00:00.000Z',
      updatedBy: 'DSDW-1',
      deletedAt: null,
      volunteerId: '00000000-0000-4000-8000-000000000001',
      number: 'พม.65-000001',
      status: 'registered',
      on: '2026-11-20',
    };
    const bytes = (
      await sign(centre, fields(centre, department), { registrations: [registration] }, department)
    ).bytes;
    await refused(bytes, 'bundle.records.owner');
  });

  it.each([
    ['an unknown key', { nickname: 'ป้าศรี' }],
    ['an invalid national id', { nationalId: '1101700203451' }],
    ['a version vector naming no installation', { vv: { someone: 1 } }],
    ['a missing field', { status: undefined }],
  ])('refuses a record with %s', async (_what, change) => {
    const bytes = (
      await sign(
        centre,
        fields(centre, department),
        { volunteers: [travelling(1, 'C6501'), travelling(2, 'C6501', change)] },
        department,
      )
    ).bytes;
    const reason = await refused(bytes, 'bundle.records.schema');
    expect(reason.en).toContain('row 2');
  });

  it('refuses a table this app does not know', async () => {
    const bytes = (
      await sign(centre, fields(centre, department), { trainingRounds: [] }, department)
    ).bytes;
    await refused(bytes, 'bundle.records.table');
  });

  it('refuses a bundle addressed to another organisation', async () => {
    const other = await makeSite('C1001-1');
    const bytes = (await sign(centre, fields(centre, other), {}, department)).bytes;
    await refused(bytes, 'bundle.records.recipient');
    other.db.close();
  });
});

describe('records that disagree', () => {
  it('keeps concurrent edits as a conflict beside the record, the local copy in force', async () => {
    const second = await makeSite('C6501-2');
    const v = await centre.writer.create('volunteers', sampleVolunteer());
    const first = await send(centre, department);
    await read(department, first.bytes, [centre]);
    // The centre's second installation gets the record, then both edit it independently.
    await read(second, (await send(centre, second)).bytes, [centre]);
    await centre.writer.update('volunteers', v.id, { tier: 'A' });
    await second.writer.update('volunteers', v.id, { tier: 'C' });
    await read(department, (await send(centre, department)).bytes, [centre]);
    const { log } = await read(department, (await send(second, department)).bytes, [second]);
    expect(log.counts.volunteers).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 1 });
    expect((await department.db.volunteers.get(v.id))?.tier).toBe('A');
    const [conflict] = await department.db.conflicts.toArray();
    expect(conflict).toMatchObject({
      table: 'volunteers',
      recordId: v.id,
      incoming: { tier: 'C' },
    });
    second.db.close();
  });

  it('flags a volunteer whose national id is another live volunteer’s, merging nothing', async () => {
    const other = await makeSite('C1001-1');
    const theirs = await other.writer.create('volunteers', sampleVolunteer());
    await read(department, (await send(other, department)).bytes, [other]);
    const ours = await centre.writer.create('volunteers', sampleVolunteer());
    const { log } = await read(department, (await send(centre, department)).bytes, [centre]);
    expect(log.counts.volunteers?.added).toBe(1);
    expect(await department.db.volunteers.count()).toBe(2);
    expect(await department.db.flags.toArray()).toEqual([
      expect.objectContaining({
        table: 'volunteers',
        recordId: ours.id,
        kind: 'possible-duplicate',
        otherId: theirs.id,
      }),
    ]);
    other.db.close();
  });
});
