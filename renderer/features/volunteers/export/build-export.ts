// Builds the export file of the registry list (or a selection) in its order: same headers as the
// import reads, Buddhist-era dates, words in the chosen language.
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { writeCsv } from '@shared/spreadsheet/csv';
import { exportHeaders, volunteerToRow } from '@shared/spreadsheet/export-rows';
import { writeXlsx } from '@shared/spreadsheet/xlsx';
import type { AppDB } from '../../../db/app-db';
import { queryVolunteerIds, volunteersByIds } from '../../../db/volunteer-query';
import { addressLookupOf } from '../../../workers/volunteer-import-pipeline';
import type { VolunteerExportRequest } from './export-messages';

const PAGE = 2_000;

export async function buildExport(
  db: AppDB,
  request: VolunteerExportRequest,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ bytes: Uint8Array; count: number }> {
  const ids = request.ids ?? (await queryVolunteerIds(db, request.filter));
  const lookup = await addressLookupOf(db);
  const rows: string[][] = [];
  for (let from = 0; from < ids.length; from += PAGE) {
    const page = await volunteersByIds(db, ids.slice(from, from + PAGE));
    for (const record of page) {
      // A deleted or merged record is not a volunteer any more, even when a selection names it.
      if (record.deletedAt || record.mergedInto) continue;
      rows.push(volunteerToRow(record satisfies VolunteerFields, lookup, request.language));
    }
    onProgress(Math.min(from + PAGE, ids.length), ids.length);
  }
  const headers = exportHeaders(request.language);
  const bytes =
    request.format === 'csv'
      ? writeCsv(headers, rows)
      : await writeXlsx(request.language === 'th' ? 'อพม.' : 'Volunteers', headers, rows);
  return { bytes, count: rows.length };
}
