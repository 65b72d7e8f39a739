// The import report over the fixture files, duplicates in the file and in the registry, and the
// round trip: an exported file imports back to identical records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAdminAreas } from '@shared/reference/admin-areas';
import {
  checkRows,
  createAddressLookup,
  exportHeaders,
  matchHeaders,
  readSheet,
  rejectDuplicates,
  rejectExisting,
  reportOf,
  volunteerToRow,
  writeCsv,
  writeXlsx,
  type Sheet,
} from '@shared/spreadsheet';
import { thaiIdCheckDigit } from '@shared/domain/people/thai-id';
import { sampleVolunteer } from '../../../support/sample-volunteer';
import { fixtureIds } from '../../../fixtures/spreadsheets/make-fixtures';

const TODAY = '2026-11-23';
const lookup = createAddressLookup(loadAdminAreas());
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/spreadsheets/${name}`, import.meta.url)));

function report(sheet: Sheet) {
  const mapping = matchHeaders(sheet.headers);
  const checked = checkRows(sheet, mapping, lookup, TODAY);
  return reportOf(checked.total, rejectDuplicates(checked, sheet.headers, mapping));
}

describe.each(['volunteers-mixed.xlsx', 'volunteers-mixed.csv'])('the report on %s', (name) => {
  it('accepts the eight good rows and names each bad row, its column and the reason', async () => {
    const sheet = await readSheet(name, fixture(name));
    const result = report(sheet);
    expect(result.total).toBe(13);
    expect(result.valid.map((v) => v.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.rejectedRows).toBe(5);
    const byRow = new Map(result.problems.map((p) => [p.row, p]));
    expect(byRow.get(10)).toMatchObject({
      column: 'เลขประจำตัวประชาชน',
      code: 'thai-id.check-digit',
    });
    expect(byRow.get(11)).toMatchObject({ column: 'วันเกิด', code: 'import.date-unreadable' });
    expect(byRow.get(11)?.th).toContain('31/2/2510');
    expect(byRow.get(12)).toMatchObject({ column: 'นามสกุล', code: 'volunteer.lastNameTh' });
    expect(byRow.get(13)).toMatchObject({ column: 'ตำบล', code: 'import.subdistrict-unknown' });
    expect(byRow.get(14)).toMatchObject({
      column: 'เลขประจำตัวประชาชน',
      code: 'import.duplicate-in-file',
    });
    expect(byRow.get(14)?.th).toContain('แถวที่ 2');
    expect(byRow.get(14)?.en).toContain('row 2');
  });

  it('reads ids with dashes, spaces and Thai digits, dates of every kind, and Thai words', async () => {
    const sheet = await readSheet(name, fixture(name));
    const [somsri, somchai, malee] = report(sheet).valid.map((v) => v.fields);
    expect(somsri).toMatchObject({
      titleCode: 'mrs',
      nationalId: fixtureIds.somsri,
      birthDate: '1970-05-01',
      joinedOn: '2015-01-10',
      gender: 'female',
      phones: ['0812345678'],
      tier: 'B',
      targetGroups: ['older-people', 'children'],
      statusHistory: [{ status: 'active', on: '2015-01-10', reason: '' }],
      tierHistory: [{ tier: 'B', on: TODAY, reason: '' }],
      consent: [],
      photo: null,
      mergedInto: null,
    });
    expect(somsri!.address).toMatchObject({
      provinceCode: '65',
      districtCode: '6501',
      subdistrictCode: '650101',
      moo: '3',
    });
    expect(somchai).toMatchObject({
      birthDate: '1968-07-15',
      joinedOn: '2017-03-01',
      status: 'active',
      phones: ['0891112222', '055123456'],
    });
    expect(somchai!.address).toMatchObject({
      subdistrictCode: '650102',
      postcode: '65230',
      moo: '7',
    });
    expect(malee).toMatchObject({
      birthDate: '1987-03-21',
      joinedOn: '2019-06-15',
      gender: 'female',
      phones: ['0865551234'],
    });
    expect(malee!.nationalId).toMatch(/^\d{13}$/);
  });
});

describe('ids already in the registry', () => {
  it('rejects the row with the name of the volunteer who holds the id', async () => {
    const sheet = await readSheet('a.xlsx', fixture('volunteers-mixed.xlsx'));
    const mapping = matchHeaders(sheet.headers);
    const checked = rejectDuplicates(
      checkRows(sheet, mapping, lookup, TODAY),
      sheet.headers,
      mapping,
    );
    const held = checked.valid[1]!.fields.nationalId;
    const result = rejectExisting(
      checked,
      new Map([[held, { th: 'มีในทะเบียนแล้ว: สมชาย เดิม', en: 'Already registered: Somchai Derm' }]]),
      sheet.headers,
      mapping,
    );
    expect(result.valid).toHaveLength(7);
    expect(result.problems.find((p) => p.row === 3)).toMatchObject({
      code: 'import.already-registered',
      th: 'มีในทะเบียนแล้ว: สมชาย เดิม',
    });
  });
});

describe('round trip', () => {
  const volunteers = [
    sampleVolunteer({ consent: [], tierHistory: [{ tier: 'B', on: TODAY, reason: '' }] }),
    sampleVolunteer({
      nationalId: `110170020346${thaiIdCheckDigit('110170020346')}`,
      titleCode: 'mr',
      gender: 'male',
      firstNameTh: 'สมชาย',
      phones: ['0812345678', '055123456'],
      email: 'somchai@example.org',
      status: 'deceased',
      statusHistory: [{ status: 'deceased', on: '2015-01-10', reason: '' }],
      tier: null,
      tierHistory: [],
      skills: ['ปฐมพยาบาล', 'ขับรถ'],
      targetGroups: ['children', 'homeless', 'others'],
      consent: [],
      address: {
        houseNo: '45/2',
        moo: '',
        village: 'บ้านใหม่',
        street: 'มิตรภาพ',
        provinceCode: '65',
        districtCode: '6502',
        subdistrictCode: '650202',
        postcode: '65120',
      },
    }),
  ];

  it.each([
    ['xlsx', 'th'],
    ['xlsx', 'en'],
    ['csv', 'th'],
    ['csv', 'en'],
  ] as const)('a %s export in %s imports back unchanged', async (format, language) => {
    const valid = volunteers;
    const rows = valid.map((v) => volunteerToRow(v, lookup, language));
    const headers = exportHeaders(language);
    const bytes =
      format === 'csv' ? writeCsv(headers, rows) : await writeXlsx('อพม.', headers, rows);
    if (format === 'csv') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = report(await readSheet(`x.${format}`, bytes));
    expect(back.problems).toEqual([]);
    expect(back.valid.map((v) => v.fields)).toEqual(valid);
  });
});
