// Exports the registry list (its filter and order) or a selection as .xlsx or .csv, built in a
// worker and saved through the host: อพม-2569-11-23.xlsx.
import { todayIso, toBuddhistYear } from '@shared/domain/dates/buddhist-era';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { UserFacingError } from '@shared/errors';
import type { SpreadsheetFormat } from '@shared/spreadsheet/read-sheet';
import type { AppDB } from '../../../db/app-db';
import { host } from '../../../host';
import type { VolunteerExportReply, VolunteerExportRequest } from './export-messages';

/** `อพม-2569-11-23.xlsx`: the day in the Buddhist era, as centres name their files. */
export function exportFileName(format: SpreadsheetFormat, today = todayIso()): string {
  const [year, month, day] = today.split('-');
  return `อพม-${toBuddhistYear(Number(year))}-${month}-${day}.${format}`;
}

function buildInWorker(
  request: VolunteerExportRequest,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./volunteer-export.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<VolunteerExportReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.done, reply.total);
      else if (reply.kind === 'done') resolve(reply.bytes);
      else reject(new UserFacingError(reply.code, { th: reply.th, en: reply.en }));
    };
    worker.onerror = (event) =>
      reject(
        new UserFacingError('export.worker', {
          th: `ส่งออกไม่สำเร็จ: ${event.message}`,
          en: `The export failed: ${event.message}`,
        }),
      );
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * Saves the volunteers the filter selects (or `ids`, a selection, in that order). The worker opens
 * its own connection to the app's database, so `db` only names which one the screen uses.
 */
export async function exportVolunteers(
  _db: AppDB,
  filter: VolunteerFilter,
  format: SpreadsheetFormat,
  language: 'th' | 'en',
  ids?: string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const bytes = await buildInWorker(
    { filter, format, language, ...(ids ? { ids } : {}) },
    onProgress,
  );
  const name = exportFileName(format);
  await host.invoke('files:save', {
    suggestedName: name,
    bytes: new Uint8Array(bytes),
    filters: [
      format === 'csv'
        ? { name: 'CSV', extensions: ['csv'] }
        : { name: 'Excel', extensions: ['xlsx'] },
    ],
  });
}
