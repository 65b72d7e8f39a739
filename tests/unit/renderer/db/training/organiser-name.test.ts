import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { organiserName } from '@renderer/db/training/organiser-name';
import { createWriter } from '@renderer/db/write';
import type { Organisation } from '@shared/domain/organisations/organisation';
import { freshDb } from '../test-db';

const department = { installationId: 'DSDW-1', organisation: 'DSDW' };
const ownCentre: Organisation = {
  code: 'C6501',
  kind: 'centre',
  nameTh: 'ศูนย์ประสานงาน อพม. อำเภอเมืองพิษณุโลก',
  nameEn: 'Mueang Phitsanulok OPM centre',
  provinceCode: '65',
};
let db: AppDB;
afterEach(() => db?.close());

describe("a round's organiser by name", () => {
  it('comes from the register, else from our own organisation, else is the code', async () => {
    db = await freshDb();
    const writer = createWriter(db, department);
    const registered = await writer.create('organisations', {
      code: 'DSDW',
      kind: 'department',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: 'Department of Social Development and Welfare',
      provinceCode: null,
    });
    expect(await organiserName(db, 'DSDW', ownCentre)).toEqual({
      code: 'DSDW',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: 'Department of Social Development and Welfare',
    });
    expect((await organiserName(db, 'C6501', ownCentre)).nameTh).toBe(ownCentre.nameTh);
    expect(await organiserName(db, 'C6502', ownCentre)).toEqual({
      code: 'C6502',
      nameTh: 'C6502',
      nameEn: 'C6502',
    });
    // A deleted entry of the register names nobody.
    await writer.remove('organisations', registered.id);
    expect((await organiserName(db, 'DSDW', ownCentre)).nameTh).toBe('DSDW');
  });
});
