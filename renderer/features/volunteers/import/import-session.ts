// Talks to the volunteer-import worker for one import screen: one request at a time, each answered
// by its result, with progress on the way.
import { UserFacingError } from '@shared/errors';
import type { ColumnKey, ColumnMapping } from '@shared/spreadsheet/columns';
import type { Installation } from '../../../db/installation';
import type {
  ImportStage,
  ImportSummary,
  VolunteerImportReply,
  VolunteerImportRequest,
} from '../../../workers/volunteer-import-messages';

export type ReadResult = { headers: string[]; mapping: ColumnMapping; preview: string[][] };
export type Progress = { stage: ImportStage; done: number; total: number };

export type ImportSession = ReturnType<typeof createImportSession>;

export function createImportSession(onProgress: (progress: Progress) => void) {
  const worker = new Worker(
    new URL('../../../workers/volunteer-import.worker.ts', import.meta.url),
    {
      type: 'module',
    },
  );
  let onReply: (reply: VolunteerImportReply) => void = () => {};
  worker.onmessage = (event: MessageEvent<VolunteerImportReply>) => {
    if (event.data.kind === 'progress') onProgress(event.data);
    else onReply(event.data);
  };

  /** Sends a request and gathers replies until `isLast` says the answer is complete. */
  function ask(
    request: VolunteerImportRequest,
    isLast: (reply: VolunteerImportReply) => boolean,
    onEach: (reply: VolunteerImportReply) => void,
    transfer: Transferable[] = [],
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      onReply = (reply) => {
        if (reply.kind === 'error') {
          reject(new UserFacingError(reply.code, { th: reply.th, en: reply.en }));
          return;
        }
        onEach(reply);
        if (isLast(reply)) resolve();
      };
      worker.onerror = (event) =>
        reject(
          new UserFacingError('import.worker', {
            th: `นำเข้าไม่สำเร็จ: ${event.message}`,
            en: `The import failed: ${event.message}`,
          }),
        );
      worker.postMessage(request, transfer);
    });
  }

  /** Reads a file; `onRead` gets its headers and mapping before the check's summary arrives. */
  async function read(
    name: string,
    bytes: Uint8Array,
    remembered: Record<string, ColumnKey | ''>,
    onRead: (result: ReadResult) => void,
  ): Promise<ImportSummary> {
    const answer: { summary?: ImportSummary } = {};
    await ask(
      { kind: 'read', name, bytes, remembered },
      (r) => r.kind === 'checked',
      (r) => {
        if (r.kind === 'read') onRead(r);
        if (r.kind === 'checked') answer.summary = r.summary;
      },
    );
    return answer.summary!;
  }

  async function check(mapping: ColumnMapping): Promise<ImportSummary> {
    const answer: { summary?: ImportSummary } = {};
    await ask(
      { kind: 'check', mapping },
      (r) => r.kind === 'checked',
      (r) => {
        if (r.kind === 'checked') answer.summary = r.summary;
      },
    );
    return answer.summary!;
  }

  async function commit(installation: Installation): Promise<number> {
    let count = 0;
    await ask(
      { kind: 'commit', installation },
      (r) => r.kind === 'committed',
      (r) => {
        if (r.kind === 'committed') count = r.count;
      },
    );
    return count;
  }

  return { read, check, commit, close: () => worker.terminate() };
}
