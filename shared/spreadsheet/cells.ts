// One cell as a sheet gives it (text, number, date, true/false or empty) and how each kind of
// value is read: text with Thai digits, dates as Buddhist-era text, Excel serials or Date objects.
import { fromExcelSerial, parseThaiDate, toIsoDate } from '../domain/dates/buddhist-era';
import { thaiDigitsToArabic } from '../domain/text/thai-digits';

export type Cell = string | number | boolean | Date | null;
export type SheetRow = Cell[];

/** A sheet read from a file: its header row and the rows under it (row 2 on). */
export type Sheet = { headers: string[]; rows: SheetRow[] };

const DAY_MS = 86_400_000;

/**
 * A date cell's calendar day. Spreadsheet libraries give midnight UTC; a sheet written in Thai local
 * time gives 17:00 UTC the day before. Rounding to the nearest UTC day reads both as meant.
 */
export function dateCellToIso(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const day = new Date(Math.round(time / DAY_MS) * DAY_MS);
  return toIsoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** The cell as trimmed text; whole numbers without exponent or decimals (13-digit ids). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? cell.toFixed(0) : String(cell).trim();
  if (cell instanceof Date) return dateCellToIso(cell) ?? '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.replace(/\u00a0/g, ' ').trim();
}

/** Plausible Excel serials for people's dates: 18 May 1927 to 31 Dec 2199; a bare year is not one. */
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 109_938;

/** A date from a cell, `YYYY-MM-DD` (C.E.), or null when it does not read as one. */
export function cellDate(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return dateCellToIso(cell);
  if (typeof cell === 'number')
    return cell >= MIN_SERIAL && cell <= MAX_SERIAL ? fromExcelSerial(cell) : null;
  const text = thaiDigitsToArabic(cellText(cell));
  // A serial typed or exported as text.
  if (/^\d{5,6}(\.\d+)?$/.test(text) && Number(text) <= MAX_SERIAL)
    return fromExcelSerial(Number(text));
  return parseThaiDate(text);
}

export function isBlankRow(row: SheetRow): boolean {
  return row.every((cell) => cellText(cell) === '');
}
