// Creates the app's windows, all with the same locked-down web preferences and our preload.
import path from 'node:path';
import type { WebPreferences } from 'electron';
import { BrowserWindow, app } from 'electron';
import { appOrigin } from './services/app-origin';

export function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
}

export function secureWebPreferences(): WebPreferences {
  return {
    preload: preloadPath(),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'OPM Centre',
    webPreferences: secureWebPreferences(),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/`);
  return window;
}

/** A window never shown, for rendering a print route to PDF. */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 1024,
    height: 1448,
    webPreferences: secureWebPreferences(),
  });
}
