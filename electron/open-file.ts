// Hands a bundle the operating system opened with the app (a double-clicked .opmb) to the renderer.
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import type { HostEventName, HostEvents } from '../shared/host';
import { readFileLimited } from './services/files';
import { bundlePathFromArgs } from './services/launch-args';
import { defaultOpenLimit } from './ipc/files';

export function sendHostEvent<E extends HostEventName>(
  window: BrowserWindow,
  event: E,
  payload: HostEvents[E],
): void {
  window.webContents.send(event, payload);
}

/** Reads the bundle named in `args`, if any, and sends it once the window has loaded. */
export async function openBundleFromArgs(window: BrowserWindow, args: readonly string[]) {
  const filePath = bundlePathFromArgs(args);
  if (filePath === null) return;
  try {
    const file = {
      name: path.basename(filePath),
      bytes: await readFileLimited(filePath, defaultOpenLimit),
    };
    if (window.webContents.isLoading()) {
      window.webContents.once('did-finish-load', () =>
        sendHostEvent(window, 'app:open-file', file),
      );
    } else {
      sendHostEvent(window, 'app:open-file', file);
    }
  } catch (error) {
    // The renderer has no event for a failed open; the user sees nothing open and can retry.
    console.error(`Could not open ${filePath}:`, error);
  }
}
