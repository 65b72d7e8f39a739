// Excel workbooks of the registry: the first sheet read into plain cells (from its XML, or through
// exceljs), and a sheet written with exceljs with every cell as text, so that Excel keeps ids and
// phones as they are.
// The default import serves both runtimes: Node takes the package's main entry, while Vite follows
// its `browser` field to dist/exceljs.min.js, a self-contained build that runs in a module worker.
import ExcelJS from 'exceljs';
import type { Cell, Sheet, SheetRow } from './cells';
import { readSheetXml } from './xlsx-sheet-xml';

/** exceljs's cell values (rich text, formulas, links, errors) reduced to a plain cell. */
export function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return plainCell(value.text as ExcelJS.CellValue);
  return null;
}

/**
 * The first sheet, read straight from its XML; a workbook that reader cannot follow is read
 * through exceljs's whole model instead.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  try {
    return readSheetXml(bytes);
  } catch {
    return readXlsxModel(bytes);
  }
}

/** The first sheet through exceljs's workbook model (slower: it builds every cell's object). */
export async function readXlsxModel(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  // Typed for Node's Buffer; the browser build reads any Uint8Array or ArrayBuffer alike.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const rows: SheetRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: SheetRow = [];
    for (let c = 1; c <= width; c++) cells.push(plainCell(row.getCell(c).value));
    rows.push(cells);
  }
  const [header = [], ...data] = rows;
  return { headers: header.map((h) => (h === null ? '' : String(h).trim())), rows: data };
}

export async function writeXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { dateFormat?: string } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({
    header,
    width: Math.max(10, header.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    // A date keeps a date format, so that Excel shows it as a date rather than a serial number.
    row.forEach((cell, i) => {
      if (cell instanceof Date) added.getCell(i + 1).numFmt = options.dateFormat ?? 'd/m/yyyy';
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
