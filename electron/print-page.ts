// A hidden window behind the PrintPage the print service drives.
import type { PrintPage } from './services/print';
import { printReadyCheck } from './services/print';
import { createPrintWindow } from './window';

export function openPrintPage(): PrintPage {
  const window = createPrintWindow();
  return {
    load: (url) => window.loadURL(url),
    isReady: async () => (await window.webContents.executeJavaScript(printReadyCheck)) === true,
    printToPdf: (options) => window.webContents.printToPDF(options),
    close: () => window.destroy(),
  };
}
