// Builds a volunteer export off the screen's thread and hands back the file's bytes.
import { isUserFacingError } from '@shared/errors';
import { AppDB } from '../../../db/app-db';
import { buildExport } from './build-export';
import type { VolunteerExportReply, VolunteerExportRequest } from './export-messages';

function reply(message: VolunteerExportReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

onmessage = (event: MessageEvent<VolunteerExportRequest>) => {
  const db = new AppDB();
  buildExport(db, event.data, (done, total) => reply({ kind: 'progress', done, total }))
    .then(({ bytes, count }) => reply({ kind: 'done', bytes, count }, [bytes.buffer]))
    .catch((error: unknown) => {
      const text = isUserFacingError(error)
        ? error.text
        : { th: `ส่งออกไม่สำเร็จ: ${String(error)}`, en: `The export failed: ${String(error)}` };
      reply({
        kind: 'error',
        code: isUserFacingError(error) ? error.code : 'export.failed',
        ...text,
      });
    })
    .finally(() => db.close());
};
