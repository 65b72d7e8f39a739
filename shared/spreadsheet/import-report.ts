// Checks every row of a sheet against the registry's rules and says, for each rejected row, the row
// number as the spreadsheet shows it, the column's header and the reason in Thai and English.
import { formatThaiId } from '../domain/people/thai-id';
import type { VolunteerFields } from '../domain/volunteers/volunteer';
import { checkVolunteer } from '../domain/volunteers/volunteer-rules';
import type { AddressLookup } from './address-lookup';
import { isBlankRow, type Sheet } from './cells';
import { columnOf, type ColumnKey, type ColumnMapping } from './columns';
import { convertRow } from './convert-row';

/** The header is row 1, so the first data row is row 2. */
export const FIRST_DATA_ROW = 2;

export type RowProblem = { row: number; column: string; code: string; th: string; en: string };
export type ValidRow = { row: number; fields: VolunteerFields };
export type ImportReport = {
  /** Rows with anything in them. */
  total: number;
  valid: ValidRow[];
  /** Every problem found, in row order; a row may have several. */
  problems: RowProblem[];
  rejectedRows: number;
};

/** Where each of the record's fields comes from in the sheet. */
const columnOfField: Record<string, ColumnKey> = {
  titleCode: 'title',
  address: 'subdistrict',
  statusHistory: 'status',
  tierHistory: 'tier',
};

export function headerOf(key: ColumnKey, headers: readonly string[], mapping: ColumnMapping) {
  const i = mapping.indexOf(key);
  return (i >= 0 ? headers[i]?.trim() : '') || columnOf(key).th;
}

/** Checks rows `from … to-1` of the sheet (indexes into `rows`), so that a caller can report progress. */
export function checkRows(
  sheet: Sheet,
  mapping: ColumnMapping,
  lookup: AddressLookup,
  today: string,
  range: { from: number; to: number } = { from: 0, to: sheet.rows.length },
): { valid: ValidRow[]; problems: RowProblem[]; total: number } {
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  let total = 0;
  for (let i = range.from; i < Math.min(range.to, sheet.rows.length); i++) {
    const cells = sheet.rows[i]!;
    if (isBlankRow(cells)) continue;
    total++;
    const row = i + FIRST_DATA_ROW;
    const converted = convertRow(cells, mapping, lookup, today);
    const found: RowProblem[] = converted.problems.map((p) => ({
      row,
      column: headerOf(p.column, sheet.headers, mapping),
      code: p.code,
      th: p.th,
      en: p.en,
    }));
    const reported = new Set(converted.problems.map((p) => p.column));
    const check = checkVolunteer(converted.fields, today);
    if (!check.ok) {
      for (const p of check.problems) {
        const key = columnOfField[p.field] ?? (p.field as ColumnKey);
        // Address codes are blank when a name was not found: that is already said.
        if (
          reported.has(key) ||
          (p.field === 'address' && !converted.fields.address.subdistrictCode && found.length)
        )
          continue;
        reported.add(key);
        found.push({
          row,
          column: headerOf(key, sheet.headers, mapping),
          code: p.code,
          th: p.th,
          en: p.en,
        });
      }
    }
    if (found.length) problems.push(...found);
    else valid.push({ row, fields: check.ok ? check.value : converted.fields });
  }
  return { valid, problems, total };
}

/** The first row holding each id wins; later rows with the same id are rejected, pointing to it. */
export function rejectDuplicates(
  checked: { valid: ValidRow[]; problems: RowProblem[] },
  headers: readonly string[],
  mapping: ColumnMapping,
): { valid: ValidRow[]; problems: RowProblem[] } {
  const firstRow = new Map<string, number>();
  const valid: ValidRow[] = [];
  const problems = [...checked.problems];
  const column = headerOf('nationalId', headers, mapping);
  for (const v of checked.valid) {
    const first = firstRow.get(v.fields.nationalId);
    if (first === undefined) {
      firstRow.set(v.fields.nationalId, v.row);
      valid.push(v);
      continue;
    }
    problems.push({
      row: v.row,
      column,
      code: 'import.duplicate-in-file',
      th: `เลขประจำตัวประชาชน ${formatThaiId(v.fields.nationalId)} ซ้ำกับแถวที่ ${first}`,
      en: `National id ${formatThaiId(v.fields.nationalId)} repeats row ${first}.`,
    });
  }
  return { valid, problems: sortProblems(problems) };
}

/** Rejects the rows whose id is already in the registry, with what the registry holds. */
export function rejectExisting(
  checked: { valid: ValidRow[]; problems: RowProblem[] },
  existing: ReadonlyMap<string, { th: string; en: string }>,
  headers: readonly string[],
  mapping: ColumnMapping,
): { valid: ValidRow[]; problems: RowProblem[] } {
  const column = headerOf('nationalId', headers, mapping);
  const problems = [...checked.problems];
  const valid = checked.valid.filter((v) => {
    const text = existing.get(v.fields.nationalId);
    if (text) problems.push({ row: v.row, column, code: 'import.already-registered', ...text });
    return !text;
  });
  return { valid, problems: sortProblems(problems) };
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return problems.sort((a, b) => a.row - b.row);
}

export function reportOf(
  total: number,
  checked: { valid: ValidRow[]; problems: RowProblem[] },
): ImportReport {
  return {
    total,
    valid: checked.valid,
    problems: checked.problems,
    rejectedRows: new Set(checked.problems.map((p) => p.row)).size,
  };
}
