// The app:// scheme: registered as privileged before the app is ready, then answered from disk.
import path from 'node:path';
import { app, protocol } from 'electron';
import { appScheme } from './services/app-origin';
import { serveAppAsset } from './services/app-assets';

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The built renderer (`npm run build:renderer`), inside the app or its asar archive. */
export function rendererRoot(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

export function serveAppScheme(rootDir: string = rendererRoot()): void {
  protocol.handle(appScheme, (request) => serveAppAsset(rootDir, request.url));
}
