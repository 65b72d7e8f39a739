// Reads, checks and writes a spreadsheet of volunteers off the screen's thread, reporting progress;
// keeps the file it read, so that a changed column mapping is checked again without reading it anew.
import { isUserFacingError } from '@shared/errors';
import type { AddressLookup } from '@shared/spreadsheet/address-lookup';
import { cellText, type Sheet } from '@shared/spreadsheet/cells';
import { matchHeaders, type ColumnMapping } from '@shared/spreadsheet/columns';
import type { ValidRow } from '@shared/spreadsheet/import-report';
import { readSheet } from '@shared/spreadsheet/read-sheet';
import { AppDB } from '../db/app-db';
import { writeContextOf } from '../db/installation';
import type { VolunteerImportReply, VolunteerImportRequest } from './volunteer-import-messages';
import { addressLookupOf, checkSheet, writeVolunteers } from './volunteer-import-pipeline';

const PREVIEW_ROWS = 5;

const db = new AppDB();
let sheet: Sheet | null = null;
let lookup: AddressLookup | null = null;
let valid: ValidRow[] = [];

function reply(message: VolunteerImportReply): void {
  postMessage(message);
}

async function check(mapping: ColumnMapping): Promise<void> {
  if (!sheet) return;
  lookup ??= await addressLookupOf(db);
  const report = await checkSheet(db, sheet, mapping, lookup, (done, total) =>
    reply({ kind: 'progress', stage: 'check', done, total }),
  );
  valid = report.valid;
  reply({
    kind: 'checked',
    summary: {
      total: report.total,
      validCount: report.valid.length,
      rejectedRows: report.rejectedRows,
      problems: report.problems,
    },
  });
}

async function handle(request: VolunteerImportRequest): Promise<void> {
  if (request.kind === 'read') {
    reply({ kind: 'progress', stage: 'read', done: 0, total: 1 });
    sheet = await readSheet(request.name, request.bytes);
    reply({ kind: 'progress', stage: 'read', done: 1, total: 1 });
    const mapping = matchHeaders(sheet.headers, request.remembered);
    const preview = sheet.rows.slice(0, PREVIEW_ROWS).map((row) => row.map((c) => cellText(c)));
    reply({ kind: 'read', headers: sheet.headers, mapping, preview });
    await check(mapping);
  } else if (request.kind === 'check') {
    await check(request.mapping);
  } else {
    const rows = valid.map((v) => v.fields);
    reply({ kind: 'progress', stage: 'write', done: 0, total: rows.length });
    const count = await writeVolunteers(db, writeContextOf(request.installation), rows);
    reply({ kind: 'progress', stage: 'write', done: count, total: rows.length });
    valid = [];
    reply({ kind: 'committed', count });
  }
}

onmessage = (event: MessageEvent<VolunteerImportRequest>) => {
  handle(event.data).catch((error: unknown) => {
    const text = isUserFacingError(error)
      ? error.text
      : { th: `นำเข้าไม่สำเร็จ: ${String(error)}`, en: `The import failed: ${String(error)}` };
    reply({
      kind: 'error',
      code: isUserFacingError(error) ? error.code : 'import.failed',
      ...text,
    });
  });
};
