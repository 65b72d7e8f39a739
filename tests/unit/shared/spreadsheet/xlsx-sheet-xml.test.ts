// The quick .xlsx reader against exceljs's whole-model reading, over the fixture and over a workbook
// with every kind of cell, and on the parts of the format exceljs never writes.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxModel } from '@shared/spreadsheet/xlsx';
import { readSheetXml } from '@shared/spreadsheet/xlsx-sheet-xml';

const fixture = new Uint8Array(
  readFileSync(new URL('../../../fixtures/spreadsheets/volunteers-mixed.xlsx', import.meta.url)),
);

async function workbookOfEveryKind(date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('อพม.');
  sheet.addRow(['ชื่อ', 'วันเกิด', 'จำนวน', 'ใช่ไหม', 'สูตร', 'ลิงก์']);
  sheet.addRow([
    { richText: [{ text: 'สม' }, { text: 'ชาย', font: { bold: true } }] },
    new Date(Date.UTC(1967, 4, 1)),
    1_101_700_203_450,
    true,
    { formula: 'A1&"x"', result: 'ชื่อx' },
    { text: 'ดูที่นี่', hyperlink: 'https://example.org/a?b=1&c=2' },
  ]);
  sheet.getCell('B2').numFmt = 'd/m/yyyy';
  sheet.addRow(['<&> "quoted" \'apos\'', 24_000.5, -3, false, { error: '#N/A' }, null]);
  sheet.getRow(5).getCell(8).value = 'far';
  sheet.getCell('C6').value = 45_000;
  sheet.getCell('C6').numFmt = '[$-th-TH]d mmm yyyy';
  sheet.getCell('D6').value = 45_000;
  sheet.getCell('D6').numFmt = '0.00 "days"';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function handMadeWorkbook(sheetXml: string): Uint8Array {
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  return zipSync({
    'xl/workbook.xml': xml(
      '<workbook xmlns:r="r"><sheets><sheet name="x" sheetId="1" r:id="rId9"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': xml(
      '<Relationships><Relationship Id="rId9" Type="x/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
    ),
    'xl/worksheets/data.xml': xml(sheetXml),
  });
}

describe('the quick .xlsx reader', () => {
  it('reads the fixture exactly as exceljs does', async () => {
    expect(readSheetXml(fixture)).toEqual(await readXlsxModel(fixture));
  });

  it.each([false, true])(
    'reads every kind of cell as exceljs does (1904 dates: %s)',
    async (date1904) => {
      const bytes = await workbookOfEveryKind(date1904);
      const quick = readSheetXml(bytes);
      expect(quick).toEqual(await readXlsxModel(bytes));
      expect(quick.rows[0]![0]).toBe('สมชาย');
      expect(quick.rows[0]![1]).toEqual(new Date(Date.UTC(1967, 4, 1)));
      expect(quick.rows[1]![0]).toBe('<&> "quoted" \'apos\'');
      expect(quick.rows[3]![7]).toBe('far');
    },
  );

  it('reads inline strings, prefixed elements, cells without references and gaps between rows', () => {
    const sheet = handMadeWorkbook(
      '<x:worksheet xmlns:x="main"><x:sheetData>' +
        '<x:row r="1"><x:c t="inlineStr"><x:is><x:t>ชื่อ</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t xml:space="preserve">อา </x:t></x:r><x:r><x:t>ยุ</x:t></x:r></x:is></x:c></x:row>' +
        '<x:row r="3"><x:c r="B3" t="str"><x:f>1+1</x:f><x:v>&#3626;&#x0E21;</x:v></x:c></x:row>' +
        '<x:row><x:c><x:v>7</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="d"><x:v>2024-02-29T00:00:00Z</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(readSheetXml(sheet)).toEqual({
      headers: ['ชื่อ', 'อา ยุ', ''],
      rows: [
        [null, null, null],
        [null, 'สม', null],
        [7, true, new Date('2024-02-29T00:00:00Z')],
      ],
    });
  });

  it('refuses a file that is not a workbook, so that the slower reader can say why', () => {
    expect(() => readSheetXml(zipSync({ 'a.txt': strToU8('not a workbook') }))).toThrow();
  });
});
