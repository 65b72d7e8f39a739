// Reads an opened file as a sheet by its kind (.xlsx or .csv), or says plainly why it cannot.
import { UserFacingError } from '../errors';
import type { Sheet } from './cells';
import { readCsv } from './csv';
import { readXlsx } from './xlsx';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export function formatOfName(name: string): SpreadsheetFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

export async function readSheet(name: string, bytes: Uint8Array): Promise<Sheet> {
  const format = formatOfName(name);
  if (!format)
    throw new UserFacingError('import.file-kind', {
      th: `อ่านไฟล์ ${name} ไม่ได้: ใช้ได้เฉพาะไฟล์ Excel (.xlsx) หรือ CSV (.csv)`,
      en: `Cannot read ${name}: only Excel (.xlsx) and CSV (.csv) files can be imported.`,
    });
  try {
    return format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  } catch (error) {
    throw new UserFacingError('import.file-unreadable', {
      th: `อ่านไฟล์ ${name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ ${format.toUpperCase()}: ${String(error)}`,
      en: `Cannot read ${name}; it may be damaged or not a real ${format.toUpperCase()} file: ${String(error)}`,
    });
  }
}
