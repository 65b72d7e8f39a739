// Runs the demo-data worker and reports its progress to the screen.
import { UserFacingError } from '@shared/errors';
import type { Installation } from '../../db/installation';
import type { DemoDataReply, DemoDataRequest } from '../../workers/demo-data-messages';

export function loadDemoData(
  installation: Installation,
  volunteers: number,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const worker = new Worker(new URL('../../workers/demo-data.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DemoDataReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.done, reply.total);
      else if (reply.kind === 'done') resolve();
      else reject(new UserFacingError(reply.code, { th: reply.th, en: reply.en }));
    };
    worker.onerror = (event) =>
      reject(
        new UserFacingError('demo.worker', {
          th: `สร้างข้อมูลตัวอย่างไม่สำเร็จ: ${event.message}`,
          en: `Creating the demo data failed: ${event.message}`,
        }),
      );
    const request: DemoDataRequest = { seed: 2557, volunteers, installation };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
