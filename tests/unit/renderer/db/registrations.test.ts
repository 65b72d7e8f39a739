import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { currentChangeNumber } from '@renderer/db/change-counter';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import { createWriter } from '@renderer/db/write';
import {
  assignRegistrations,
  registeredCounts,
  undoAssignment,
  unregisteredVolunteers,
  volunteerOwners,
} from '@renderer/db/registrations';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { isUserFacingError } from '@shared/errors';
import { freshDb } from './test-db';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const department = {
  installationId: 'DSDW-1',
  organisation: 'DSDW',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};
const otherDepartmentDesk = { installationId: 'DSDW-2', organisation: 'DSDW' };
const centre = { installationId: 'C6501-1', organisation: 'C6501' };
// 2026-11-22 is in Buddhist-era year 2569.
const on = '2026-11-22';

let db: AppDB;
afterEach(() => db?.close());

function idOf(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A volunteer as the department holds it after reading the owner centre's bundle. */
function fromCentre(
  n: number,
  owner: string,
  fields: Partial<VolunteerFields> = {},
  deletedAt: string | null = null,
): IncomingRecord<'volunteers'> {
  return {
    ...sampleVolunteer({ nationalId: `110170020${String(n).padStart(4, '0')}`, ...fields }),
    id: idOf(n),
    owner,
    vv: { [`${owner}-1`]: 1 },
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: `${owner}-1`,
    deletedAt,
  };
}

async function departmentHolding(...volunteers: IncomingRecord<'volunteers'>[]) {
  db = await freshDb();
  await receiveRecords(db, department, 'volunteers', volunteers);
}

const numbersOf = (assignment: { created: { number: string }[] }) =>
  assignment.created.map((r) => r.number);

describe('assigning registration numbers', () => {
  it('gives numbers by province and Buddhist-era year, in the order asked, owned by the department', async () => {
    await departmentHolding(fromCentre(1, 'C6501'), fromCentre(2, 'C6501'));
    const assignment = await assignRegistrations(db, department, [idOf(2), idOf(1)], on);
    expect(numbersOf(assignment)).toEqual(['65-2569-00001', '65-2569-00002']);
    expect(assignment.created.map((r) => r.volunteerId)).toEqual([idOf(2), idOf(1)]);
    const stored = await db.registrations.where('volunteerId').equals(idOf(1)).first();
    expect(stored).toMatchObject({
      owner: 'DSDW',
      number: '65-2569-00002',
      status: 'registered',
      on,
      updatedBy: 'DSDW-1',
      deletedAt: null,
    });
  });

  it('continues from the highest number already held, including one made at another desk', async () => {
    await departmentHolding(fromCentre(1, 'C6501'), fromCentre(2, 'C6502'), fromCentre(3, 'C6501'));
    await assignRegistrations(db, department, [idOf(1)], on);
    await receiveRecords(db, department, 'registrations', [
      {
        id: 'reg-from-desk-2',
        owner: 'DSDW',
        vv: { 'DSDW-2': 1 },
        updatedAt: '2026-11-21T00:00:00.000Z',
        updatedBy: otherDepartmentDesk.installationId,
        deletedAt: null,
        volunteerId: 'someone-registered-elsewhere',
        number: '65-2569-00041',
        status: 'registered',
        on: '2026-11-21',
      },
    ]);
    const next = await assignRegistrations(db, department, [idOf(2), idOf(3)], on);
    // C6502 is in province 65 too: one running number a province, not a centre.
    expect(numbersOf(next)).toEqual(['65-2569-00042', '65-2569-00043']);
  });

  it('keeps a running number for each province and each year', async () => {
    await departmentHolding(
      fromCentre(1, 'C6501'),
      fromCentre(2, 'C1001'),
      fromCentre(3, 'C6501'),
      fromCentre(4, 'C1001'),
    );
    const thisYear = await assignRegistrations(db, department, [idOf(1), idOf(2), idOf(3)], on);
    expect(numbersOf(thisYear)).toEqual(['65-2569-00001', '10-2569-00001', '65-2569-00002']);
    const nextYear = await assignRegistrations(db, department, [idOf(4)], '2027-01-05');
    expect(numbersOf(nextYear)).toEqual(['10-2570-00001']);
  });

  it('skips and reports volunteers already registered, tombstones, unknown ids and those of no province', async () => {
    await departmentHolding(
      fromCentre(1, 'C6501'),
      fromCentre(2, 'C6501', {}, '2026-11-01T00:00:00.000Z'),
      fromCentre(3, 'C6501'),
      fromCentre(4, 'DSDW'),
    );
    await assignRegistrations(db, department, [idOf(1)], on);
    const second = await assignRegistrations(
      db,
      department,
      [idOf(1), idOf(2), idOf(3), idOf(9), idOf(3), idOf(4)],
      on,
    );
    expect(numbersOf(second)).toEqual(['65-2569-00002']);
    expect(second.created[0]!.volunteerId).toBe(idOf(3));
    expect(second.skipped).toEqual([
      { volunteerId: idOf(1), reason: 'registered' },
      { volunteerId: idOf(2), reason: 'deleted' },
      { volunteerId: idOf(9), reason: 'not-found' },
      { volunteerId: idOf(4), reason: 'no-province' },
    ]);
    expect(await db.registrations.where('volunteerId').equals(idOf(1)).count()).toBe(1);
  });

  it('writes nothing at all when the transaction fails part way', async () => {
    await departmentHolding(fromCentre(1, 'C6501'), fromCentre(2, 'C6501'), fromCentre(3, 'C6501'));
    const counterBefore = await currentChangeNumber(db);
    const auditBefore = await db.audit.count();
    const progress: number[] = [];
    const failure = await assignRegistrations(db, department, [idOf(1), idOf(2), idOf(3)], on, {
      batchSize: 1,
      onProgress: (done) => {
        progress.push(done);
        if (done === 2) throw new Error('stopped after the second batch');
      },
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(progress).toEqual([1, 2]);
    expect(await db.registrations.count()).toBe(0);
    expect(await db.audit.count()).toBe(auditBefore);
    expect(await currentChangeNumber(db)).toBe(counterBefore);
    // And the numbers were not used up: the next try starts at 1 again.
    const retry = await assignRegistrations(db, department, [idOf(1)], on);
    expect(numbersOf(retry)).toEqual(['65-2569-00001']);
  });

  it('writes each batch through the write layer, with one audit entry a batch', async () => {
    await departmentHolding(fromCentre(1, 'C6501'), fromCentre(2, 'C6501'), fromCentre(3, 'C6501'));
    const progress: [number, number][] = [];
    await assignRegistrations(db, department, [idOf(1), idOf(2), idOf(3)], on, {
      batchSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [2, 3],
      [3, 3],
    ]);
    const entries = await db.audit.filter((e) => e.table === 'registrations').toArray();
    expect(entries.map((e) => [e.table, e.kind, e.recordIds.length])).toEqual([
      ['registrations', 'create', 2],
      ['registrations', 'create', 1],
    ]);
    expect((await db.registrations.toArray()).map((r) => r.lc).sort()).toEqual([1, 2, 3]);
  });

  it('is refused on a centre installation, with a message in Thai and English', async () => {
    await departmentHolding(fromCentre(1, 'C6501'));
    const refusal = await assignRegistrations(db, centre, [idOf(1)], on).catch((e: unknown) => e);
    expect(isUserFacingError(refusal)).toBe(true);
    if (!isUserFacingError(refusal)) return;
    expect(refusal.code).toBe('registrations.department-only');
    expect(refusal.text.th).toContain('C6501');
    expect(refusal.text.en).toContain('only the department');
    expect(await db.registrations.count()).toBe(0);
  });

  it('refuses a date that does not exist', async () => {
    await departmentHolding(fromCentre(1, 'C6501'));
    await expect(
      assignRegistrations(db, department, [idOf(1)], '2026-02-30'),
    ).rejects.toMatchObject({ code: 'registrations.bad-date' });
    expect(await db.registrations.count()).toBe(0);
  });
});

describe('undoing an assignment', () => {
  it('leaves tombstones, lists the volunteers as unregistered again, and never reissues the numbers', async () => {
    await departmentHolding(fromCentre(1, 'C6501'), fromCentre(2, 'C6501'));
    const first = await assignRegistrations(db, department, [idOf(1), idOf(2)], on);
    await undoAssignment(
      db,
      department,
      first.created.map((r) => r.id),
    );
    const tombstones = await db.registrations.toArray();
    expect(tombstones.every((r) => r.deletedAt !== null)).toBe(true);
    expect(await unregisteredVolunteers(db, 'C6501')).toHaveLength(2);
    const again = await assignRegistrations(db, department, [idOf(1)], on);
    expect(numbersOf(again)).toEqual(['65-2569-00003']);
  });
});

describe('the queries of the registration screens', () => {
  it("lists a centre's live volunteers without a live registration, in Thai name order", async () => {
    await departmentHolding(
      fromCentre(1, 'C6501', { firstNameTh: 'สมหญิง' }),
      fromCentre(2, 'C6501', { firstNameTh: 'กมล' }),
      fromCentre(3, 'C6501', { firstNameTh: 'บุญมี' }),
      fromCentre(4, 'C6501', {}, '2026-11-01T00:00:00.000Z'),
      fromCentre(5, 'C1001'),
    );
    expect(await unregisteredVolunteers(db, 'C6501')).toEqual([idOf(2), idOf(3), idOf(1)]);
    await assignRegistrations(db, department, [idOf(3)], on);
    expect(await unregisteredVolunteers(db, 'C6501')).toEqual([idOf(2), idOf(1)]);
    expect(await unregisteredVolunteers(db, 'C9999')).toEqual([]);
  });

  it('counts volunteers registered (not suspended, not undone) and records held, per centre', async () => {
    await departmentHolding(
      fromCentre(1, 'C6501'),
      fromCentre(2, 'C6501'),
      fromCentre(3, 'C6501'),
      fromCentre(4, 'C1001'),
    );
    const assignment = await assignRegistrations(db, department, [idOf(1), idOf(2), idOf(4)], on);
    await undoAssignment(db, department, [assignment.created[1]!.id]);
    await createWriter(db, department).update('registrations', assignment.created[2]!.id, {
      status: 'suspended',
    });
    expect(await registeredCounts(db, ['C6501', 'C1001', 'C9999'])).toEqual(
      new Map([
        ['C6501', 1],
        ['C1001', 0],
        ['C9999', 0],
      ]),
    );
    expect(await volunteerOwners(db)).toEqual([
      { owner: 'C1001', count: 1 },
      { owner: 'C6501', count: 3 },
    ]);
  });
});
