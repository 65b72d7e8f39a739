import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { currentChangeNumber } from '@renderer/db/change-counter';
import {
  liveVolunteersOf,
  organisationsByCode,
  restoreOrganisation,
  retireOrganisation,
  saveOrganisation,
  volunteersHeld,
  type OrganisationInput,
} from '@renderer/db/organisations';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import type { Organisation } from '@shared/domain/organisations/organisation';
import { isUserFacingError, type UserFacingError } from '@shared/errors';
import { freshDb } from './test-db';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const department = {
  installationId: 'DSDW-1',
  organisation: 'DSDW',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};
const centre = { installationId: 'C6501-1', organisation: 'C6501' };

let db: AppDB;
beforeEach(async () => {
  db = await freshDb();
  await db.provinces.bulkPut([
    { code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' },
    { code: '65', nameTh: 'พิษณุโลก', nameEn: 'Phitsanulok' },
  ]);
});
afterEach(() => db?.close());

function phitsanulok(serial = 1, overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    code: `C650${serial}`,
    kind: 'centre',
    nameTh: `ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก แห่งที่ ${serial}`,
    nameEn: `Phitsanulok Volunteer Coordination Centre No. ${serial}`,
    provinceCode: '65',
    ...overrides,
  };
}

/** The error a promise is refused with, for its code and messages to be checked. */
async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isUserFacingError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

function volunteerOf(n: number, owner: string, deletedAt: string | null = null) {
  return {
    ...sampleVolunteer({ nationalId: `110170020${String(n).padStart(4, '0')}` }),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    owner,
    vv: { [`${owner}-1`]: 1 },
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: `${owner}-1`,
    deletedAt,
  } satisfies IncomingRecord<'volunteers'>;
}

describe('adding and changing organisations', () => {
  it('adds a centre owned by the department, stamped, with an audit entry naming its fields', async () => {
    const saved = await saveOrganisation(db, department, phitsanulok(1));
    const stored = await db.organisations.where('code').equals('C6501').first();
    expect(stored).toEqual(saved);
    expect(stored).toMatchObject({
      kind: 'centre',
      provinceCode: '65',
      owner: 'DSDW',
      vv: { 'DSDW-1': 1 },
      updatedAt: '2026-11-22T09:30:00.000Z',
      updatedBy: 'DSDW-1',
      deletedAt: null,
    });
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ kind: 'create', table: 'organisations', recordIds: [saved.id] });
    expect(entry!.fields).toEqual(expect.arrayContaining(['code', 'nameTh', 'nameEn']));
  });

  it('trims the names and upper-cases the code', async () => {
    const saved = await saveOrganisation(
      db,
      department,
      phitsanulok(2, { code: ' c6502 ', nameTh: '  ศูนย์ใหม่ ', nameEn: ' New centre  ' }),
    );
    expect(saved).toMatchObject({ code: 'C6502', nameTh: 'ศูนย์ใหม่', nameEn: 'New centre' });
  });

  it('refuses a code another live organisation holds, naming the code, and writes nothing', async () => {
    await saveOrganisation(db, department, phitsanulok(1));
    const before = await currentChangeNumber(db);
    const error = await refusal(
      saveOrganisation(db, department, phitsanulok(1, { nameTh: 'อีกศูนย์หนึ่ง' })),
    );
    expect(error.code).toBe('organisations.code-taken');
    expect(error.where.field).toBe('code');
    expect(error.text.th).toContain('รหัส C6501 มีในทะเบียนแล้ว');
    expect(error.text.en).toContain('The code C6501 is already in the register');
    expect(await db.organisations.count()).toBe(1);
    expect(await currentChangeNumber(db)).toBe(before);
  });

  it('refuses the code of a retired organisation and says to restore it', async () => {
    const retired = await saveOrganisation(db, department, phitsanulok(1));
    await retireOrganisation(db, department, retired.id);
    const error = await refusal(saveOrganisation(db, department, phitsanulok(1)));
    expect(error.code).toBe('organisations.code-retired');
    expect(error.text.en).toContain('restore C6501');
    expect(await db.organisations.count()).toBe(1);
  });

  it('refuses a centre code whose province digits are not the chosen province', async () => {
    const error = await refusal(
      saveOrganisation(db, department, phitsanulok(1, { provinceCode: '10' })),
    );
    expect(error.code).toBe('organisations.province-mismatch');
    expect(error.text.th).toContain('C6501');
    expect(error.text.en).toContain('Bangkok (10)');
    expect(await db.organisations.count()).toBe(0);
  });

  it('refuses a province that is not in the provinces table, and a centre without one', async () => {
    const unknown = await refusal(
      saveOrganisation(db, department, { ...phitsanulok(1), code: 'C9901', provinceCode: '99' }),
    );
    expect(unknown.code).toBe('organisations.unknown-province');
    const missing = await refusal(
      saveOrganisation(db, department, phitsanulok(1, { provinceCode: null })),
    );
    expect(missing.code).toBe('organisations.province-missing');
  });

  it('refuses a malformed code, a kind that is not the code’s, and an empty Thai name', async () => {
    const codes = await Promise.all([
      refusal(saveOrganisation(db, department, phitsanulok(1, { code: 'C651' }))),
      refusal(saveOrganisation(db, department, phitsanulok(1, { kind: 'department' }))),
      refusal(saveOrganisation(db, department, phitsanulok(1, { nameTh: '   ' }))),
    ]);
    expect(codes.map((e) => e.code)).toEqual([
      'organisations.bad-code',
      'organisations.wrong-kind',
      'organisations.name-missing',
    ]);
    expect(codes[2]!.where.field).toBe('nameTh');
  });

  it('adds the department’s own record, which has no province', async () => {
    const own: Organisation = {
      code: 'DSDW',
      kind: 'department',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: 'Department of Social Development and Welfare',
      provinceCode: null,
    };
    await saveOrganisation(db, department, own);
    const withProvince = await refusal(
      saveOrganisation(db, department, { ...own, provinceCode: '10' }),
    );
    expect(withProvince.code).toBe('organisations.department-province');
  });

  it('changes the names of a record, bumping its version, and keeps its code', async () => {
    const saved = await saveOrganisation(db, department, phitsanulok(1));
    const changed = await saveOrganisation(db, department, {
      ...phitsanulok(1),
      id: saved.id,
      nameEn: 'Phitsanulok Centre',
    });
    expect(changed).toMatchObject({ id: saved.id, code: 'C6501', nameEn: 'Phitsanulok Centre' });
    expect(changed.vv).toEqual({ 'DSDW-1': 2 });
    const audit = await db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({ kind: 'update', fields: ['nameEn'] });
    const error = await refusal(
      saveOrganisation(db, department, { ...phitsanulok(2), id: saved.id }),
    );
    expect(error.code).toBe('organisations.code-fixed');
    expect((await db.organisations.get(saved.id))!.code).toBe('C6501');
  });

  it('refuses every change on a centre’s computer', async () => {
    const saved = await saveOrganisation(db, department, phitsanulok(1));
    const refusals = await Promise.all([
      refusal(saveOrganisation(db, centre, phitsanulok(2))),
      refusal(saveOrganisation(db, centre, { ...phitsanulok(1), id: saved.id, nameEn: 'x' })),
      refusal(retireOrganisation(db, centre, saved.id)),
      refusal(restoreOrganisation(db, centre, saved.id)),
    ]);
    expect(new Set(refusals.map((e) => e.code))).toEqual(
      new Set(['organisations.department-only']),
    );
    expect(refusals[0]!.text.th).toContain('C6501');
    expect(await db.organisations.toArray()).toEqual([saved]);
  });
});

describe('retiring and restoring organisations', () => {
  it('retires an organisation as a tombstone and restores the same record', async () => {
    const saved = await saveOrganisation(db, department, phitsanulok(1));
    await retireOrganisation(db, department, saved.id);
    const retired = await db.organisations.get(saved.id);
    expect(retired).toMatchObject({ deletedAt: '2026-11-22T09:30:00.000Z', vv: { 'DSDW-1': 2 } });
    expect(await organisationsByCode(db, { retired: false })).toEqual([]);
    expect((await organisationsByCode(db, { retired: true })).map((o) => o.id)).toEqual([saved.id]);
    await restoreOrganisation(db, department, saved.id);
    expect(await db.organisations.get(saved.id)).toMatchObject({
      deletedAt: null,
      vv: { 'DSDW-1': 3 },
    });
    const kinds = (await db.audit.orderBy('seq').toArray()).map((e) => e.kind);
    expect(kinds).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses while live volunteers belong to it, saying how many; tombstones do not count', async () => {
    const saved = await saveOrganisation(db, department, phitsanulok(1));
    await receiveRecords(db, department, 'volunteers', [
      volunteerOf(1, 'C6501'),
      volunteerOf(2, 'C6501'),
      volunteerOf(3, 'C6501', '2026-11-01T00:00:00.000Z'),
      volunteerOf(4, 'C6502'),
    ]);
    expect(await liveVolunteersOf(db, 'C6501')).toBe(2);
    const error = await refusal(retireOrganisation(db, department, saved.id));
    expect(error.code).toBe('organisations.holds-volunteers');
    expect(error.text.th).toContain('อพม. 2 คน');
    expect(error.text.en).toContain('2 live volunteer records');
    expect((await db.organisations.get(saved.id))!.deletedAt).toBeNull();

    // Once the centre's deletions arrive, nothing holds it.
    await receiveRecords(db, department, 'volunteers', [
      { ...volunteerOf(1, 'C6501', '2026-11-23T00:00:00.000Z'), vv: { 'C6501-1': 2 } },
      { ...volunteerOf(2, 'C6501', '2026-11-23T00:00:00.000Z'), vv: { 'C6501-1': 2 } },
    ]);
    await retireOrganisation(db, department, saved.id);
    expect((await db.organisations.get(saved.id))!.deletedAt).not.toBeNull();
  });

  it('does not retire the department itself', async () => {
    const own = await saveOrganisation(db, department, {
      code: 'DSDW',
      kind: 'department',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: '',
      provinceCode: null,
    });
    const error = await refusal(retireOrganisation(db, department, own.id));
    expect(error.code).toBe('organisations.department-record');
  });
});

describe('reading the register', () => {
  it('lists organisations in code order and counts the volunteer records each owns', async () => {
    await saveOrganisation(db, department, phitsanulok(3));
    await saveOrganisation(db, department, {
      code: 'C1001',
      kind: 'centre',
      nameTh: 'ศูนย์ประสานงาน อพม. กรุงเทพมหานคร',
      nameEn: '',
      provinceCode: '10',
    });
    await saveOrganisation(db, department, phitsanulok(1));
    await receiveRecords(db, department, 'volunteers', [
      volunteerOf(1, 'C6501'),
      volunteerOf(2, 'C6501'),
      volunteerOf(3, 'C1001'),
    ]);
    const codes = (await organisationsByCode(db, { retired: false })).map((o) => o.code);
    expect(codes).toEqual(['C1001', 'C6501', 'C6503']);
    const held = await volunteersHeld(db);
    expect([held.get('C6501'), held.get('C1001'), held.get('C6503')]).toEqual([2, 1, undefined]);
  });
});
