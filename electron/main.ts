// The main process: wires the scheme, the security policy, the host handlers and the window.
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, ipcMain, session } from 'electron';
import { appHandlers } from './ipc/app';
import { backupHandlers } from './ipc/backup';
import { electronDialogs } from './ipc/dialogs';
import { filesHandlers } from './ipc/files';
import { keysHandlers } from './ipc/keys';
import { printHandlers } from './ipc/print';
import { registerHostHandlers } from './ipc/register';
import { safeStorageSealer } from './ipc/safe-storage';
import { openBundleFromArgs } from './open-file';
import { openPrintPage } from './print-page';
import { registerAppScheme, serveAppScheme } from './protocol';
import { secureContents, secureSession } from './security';
import { openKeyStore } from './services/key-store';
import { createMainWindow } from './window';

registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => secureContents(contents));
  app.on('second-instance', (_event, args) => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    void openBundleFromArgs(mainWindow, args);
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  secureSession(session.defaultSession);
  serveAppScheme();
  registerHostHandlers(
    [
      appHandlers({ version: app.getVersion(), platform: process.platform }),
      filesHandlers(electronDialogs),
      printHandlers(openPrintPage, electronDialogs),
      backupHandlers(path.join(app.getPath('userData'), 'backups')),
      keysHandlers(openKeyStore(path.join(app.getPath('userData'), 'keys'), safeStorageSealer)),
    ],
    (channel, listener) => ipcMain.handle(channel, listener),
  );
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  void openBundleFromArgs(mainWindow, process.argv);
}
