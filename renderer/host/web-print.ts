// Printing a route in a plain browser: the route is loaded in a hidden frame, and once it says it is
// ready the browser's print dialog opens, where "Save as PDF" makes the file.
import type { HostArgs, SavedFile } from '@shared/host';
import { UserFacingError } from '@shared/errors';

/** As the desktop host: long enough for a round's 550 certificates on an ordinary office PC. */
const READY_TIMEOUT_MS = 180_000;

export async function printRoute(args: HostArgs<'print:pdf'>): Promise<SavedFile> {
  const frame = document.createElement('iframe');
  frame.title = args.suggestedName;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  frame.src = `${location.pathname}#${args.route}`;
  document.body.append(frame);
  try {
    await waitForPrintReady(frame);
    frame.contentWindow!.document.title = args.suggestedName.replace(/\.pdf$/i, '');
    frame.contentWindow!.print();
    return { saved: true, name: args.suggestedName };
  } finally {
    // Leave the frame long enough for the print dialog to read it.
    setTimeout(() => frame.remove(), 1_000);
  }
}

function waitForPrintReady(frame: HTMLIFrameElement): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      const body = frame.contentWindow?.document.body;
      if (body?.dataset.printReady === 'true') resolve();
      else if (Date.now() - started > READY_TIMEOUT_MS)
        reject(
          new UserFacingError('print.timeout', {
            th: 'เตรียมเอกสารสำหรับพิมพ์ไม่ทัน กรุณาลองอีกครั้ง',
            en: 'The document took too long to prepare for printing. Try again.',
          }),
        );
      else setTimeout(poll, 100);
    };
    poll();
  });
}
