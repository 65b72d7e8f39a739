// Spreadsheet import of 10,000 volunteers through the import's own steps (read, check, write in one
// transaction), from an .xlsx made in the page from demo volunteers of the centre's province.
import { centreOf, demoVolunteers } from '@shared/demo';
import { loadAdminAreas } from '@shared/reference/admin-areas';
import { matchHeaders } from '@shared/spreadsheet/columns';
import { exportHeaders, volunteerToRow } from '@shared/spreadsheet/export-rows';
import { createAddressLookup } from '@shared/spreadsheet/address-lookup';
import { readSheet } from '@shared/spreadsheet/read-sheet';
import { writeXlsx } from '@shared/spreadsheet/xlsx';
import { AppDB, DATABASE_NAME } from '@renderer/db/app-db';
import { ensureAdminAreas } from '@renderer/db/admin-areas';
import {
  addressLookupOf,
  checkSheet,
  writeVolunteers,
} from '@renderer/workers/volunteer-import-pipeline';
import { timeRawPut } from './load-bench';

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

export type ImportFigures = {
  makeMs: number;
  readMs: number;
  checkMs: number;
  writeMs: number;
  totalMs: number;
  /** The records the import wrote, put again with raw IndexedDB into a store with the same indexes. */
  rawWriteMs: number;
};

/** Makes the file, then times reading, checking and writing `count` rows. */
async function importXlsx(count: number): Promise<ImportFigures> {
  await deleteDatabase(DATABASE_NAME);
  const db = new AppDB();
  await db.open();
  await ensureAdminAreas(db);
  const province = loadAdminAreas().provinces.find((p) => p.code === '65')!;
  const centre = centreOf(province, 1);
  const made = performance.now();
  const lookup = createAddressLookup(loadAdminAreas());
  const rows = [...demoVolunteers({ seed: 11, centres: [centre], count })].map((v) =>
    volunteerToRow(v, lookup, 'th'),
  );
  const bytes = await writeXlsx('อพม.', exportHeaders('th'), rows);
  const makeMs = performance.now() - made;

  const started = performance.now();
  const sheet = await readSheet('bench.xlsx', bytes);
  const read = performance.now();
  const report = await checkSheet(
    db,
    sheet,
    matchHeaders(sheet.headers),
    await addressLookupOf(db),
  );
  const checked = performance.now();
  const written = await writeVolunteers(
    db,
    { installationId: `${centre.code}-1`, organisation: centre.code },
    report.valid.map((v) => v.fields),
  );
  const done = performance.now();
  const stored = await db.volunteers.toArray();
  db.close();
  if (written !== count)
    throw new Error(
      `import wrote ${written} of ${count}; first problem: ${JSON.stringify(report.problems[0])}`,
    );
  const rawWriteMs = await timeRawPut('bench-raw-import', stored);
  return {
    rawWriteMs,
    makeMs,
    readMs: read - started,
    checkMs: checked - read,
    writeMs: done - checked,
    totalMs: done - started,
  };
}

export const importBenchmarks = { importXlsx };
