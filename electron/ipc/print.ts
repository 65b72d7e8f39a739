// The print area: a route of the renderer to a PDF the user saves where they choose.
import type { PrintPage } from '../services/print';
import { renderRouteToPdf } from '../services/print';
import type { FileDialogs } from './files';
import { saveThroughDialog } from './files';
import type { AreaHandlers } from './handlers';

export function printHandlers(openPrintPage: () => PrintPage, dialogs: FileDialogs): AreaHandlers {
  return {
    // Ask where first: cancelling then costs no rendering.
    'print:pdf': ({ route, suggestedName, landscape }) =>
      saveThroughDialog(dialogs, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () =>
        renderRouteToPdf(openPrintPage(), route, landscape ?? false),
      ),
  };
}
