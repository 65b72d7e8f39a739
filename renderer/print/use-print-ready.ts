// Tells the host a print document is ready: its data drawn, Sarabun loaded, its images decoded.
import { useEffect } from 'react';

/** The weights print.css uses; each loaded for Thai and Latin, which Sarabun ships as subsets. */
const WEIGHTS = ['400', '600', '700'];

/** Loads Sarabun before anything is measured or printed, so no page is laid out in a fallback font. */
export async function loadPrintFonts(): Promise<void> {
  await Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 16px Sarabun`, 'กิ่ง Aa1')));
  await document.fonts.ready;
}

async function whenPrintable(): Promise<void> {
  await loadPrintFonts();
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  // One frame, so that what was just rendered has been laid out.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Sets `body[data-print-ready="true"]` (the signal both hosts wait for) once `isDrawn` holds. */
export function usePrintReady(isDrawn: boolean): void {
  useEffect(() => {
    if (!isDrawn) return undefined;
    let isCurrent = true;
    void whenPrintable().then(() => {
      if (isCurrent) document.body.dataset.printReady = 'true';
    });
    return () => {
      isCurrent = false;
      delete document.body.dataset.printReady;
    };
  }, [isDrawn]);
}
