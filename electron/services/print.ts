// Prints a route of the renderer to PDF: load it in a hidden page, wait for its signal, print.
// The Electron window is behind PrintPage, so everything here runs and is tested under plain Node.
import { UserFacingError } from '../../shared/errors';
import { appOrigin } from './app-origin';

/** The renderer sets `document.body.dataset.printReady = 'true'` once a print page has its data. */
export const printReadyCheck = "document.body?.dataset.printReady === 'true'";

export type PdfOptions = { pageSize: 'A4'; printBackground: true; landscape: boolean };

/** The few things printing needs of a hidden window. */
export type PrintPage = {
  load(url: string): Promise<void>;
  isReady(): Promise<boolean>;
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
  close(): void;
};

export type PrintTiming = { timeoutMs: number; intervalMs: number };
/** Long enough for a round's 550 certificates, each with its QR code, on an ordinary office PC. */
export const defaultPrintTiming: PrintTiming = { timeoutMs: 180_000, intervalMs: 100 };

/** The hash route of the renderer under our origin, e.g. app://opm-centre/#/print/volunteers. */
export function printUrlFor(route: string): string {
  return `${appOrigin}/#${route}`;
}

export function pdfOptionsFor(landscape: boolean): PdfOptions {
  return { pageSize: 'A4', printBackground: true, landscape };
}

export async function renderRouteToPdf(
  page: PrintPage,
  route: string,
  landscape: boolean,
  timing: PrintTiming = defaultPrintTiming,
): Promise<Uint8Array> {
  try {
    await page.load(printUrlFor(route));
    await waitUntil(() => page.isReady(), timing);
    return await page.printToPdf(pdfOptionsFor(landscape));
  } finally {
    page.close();
  }
}

/** Polls `isDone` until it answers true; a print-timeout error when it has not within the time. */
export async function waitUntil(
  isDone: () => Promise<boolean>,
  timing: PrintTiming,
): Promise<void> {
  const deadline = Date.now() + timing.timeoutMs;
  while (!(await isDone())) {
    if (Date.now() >= deadline) {
      throw new UserFacingError('print-timeout', {
        th: 'เตรียมหน้าสำหรับพิมพ์ไม่เสร็จภายในเวลาที่กำหนด กรุณาลองอีกครั้ง',
        en: 'The page to print did not get ready in time. Please try again.',
      });
    }
    await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
  }
}
