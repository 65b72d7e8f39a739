// The import's steps over the app's database: read a file, check its rows against the rules, the
// file itself and the registry, and write every valid row in one transaction or none at all.
import { todayIso } from '@shared/domain/dates/buddhist-era';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { UserFacingError } from '@shared/errors';
import { loadAdminAreas, type AdminAreas } from '@shared/reference/admin-areas';
import { createAddressLookup, type AddressLookup } from '@shared/spreadsheet/address-lookup';
import type { Sheet } from '@shared/spreadsheet/cells';
import type { ColumnMapping } from '@shared/spreadsheet/columns';
import {
  checkRows,
  rejectDuplicates,
  rejectExisting,
  reportOf,
  type ImportReport,
  type RowProblem,
  type ValidRow,
} from '@shared/spreadsheet/import-report';
import type { AppDB } from '../db/app-db';
import { duplicateIdError, volunteersWithIds } from '../db/save-volunteer';
import { createWriter } from '../db/write';
import type { WriteContext } from '../db/write-context';

const CHUNK = 500;

/** The address lookup over the reference tables (department bundles may replace them). */
export async function addressLookupOf(db: AppDB): Promise<AddressLookup> {
  const [provinces, districts, subdistricts] = await Promise.all([
    db.provinces.toArray(),
    db.districts.toArray(),
    db.subdistricts.toArray(),
  ]);
  const areas: AdminAreas = subdistricts.length
    ? { provinces, districts, subdistricts }
    : loadAdminAreas();
  return createAddressLookup(areas);
}

/** Checks every row, in chunks, telling `onProgress` after each; then duplicates and the registry. */
export async function checkSheet(
  db: AppDB,
  sheet: Sheet,
  mapping: ColumnMapping,
  lookup: AddressLookup,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportReport> {
  const today = todayIso();
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  let total = 0;
  for (let from = 0; from < sheet.rows.length; from += CHUNK) {
    const part = checkRows(sheet, mapping, lookup, today, { from, to: from + CHUNK });
    valid.push(...part.valid);
    problems.push(...part.problems);
    total += part.total;
    onProgress(Math.min(from + CHUNK, sheet.rows.length), sheet.rows.length);
  }
  const unique = rejectDuplicates({ valid, problems }, sheet.headers, mapping);
  const held = await volunteersWithIds(
    db,
    unique.valid.map((v) => v.fields.nationalId),
  );
  const existing = new Map(
    [...held].map(([nid, record]) => [nid, duplicateIdError(record).text] as const),
  );
  return reportOf(total, rejectExisting(unique, existing, sheet.headers, mapping));
}

/**
 * Writes all the rows in one transaction: if any id has been registered since the check, or any
 * write fails, nothing is written.
 */
export async function writeVolunteers(
  db: AppDB,
  context: WriteContext,
  rows: readonly VolunteerFields[],
): Promise<number> {
  const writer = createWriter(db, context);
  return db.transaction('rw', [db.volunteers, db.audit, db.meta], async () => {
    const held = await volunteersWithIds(
      db,
      rows.map((r) => r.nationalId),
    );
    const [first] = held.values();
    if (first) {
      const error = duplicateIdError(first);
      throw new UserFacingError('import.registered-since-check', error.text, error.where);
    }
    const created = await writer.createMany('volunteers', rows);
    return created.length;
  });
}
