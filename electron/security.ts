// The security policy of every window: no navigation, no new windows, no permissions, a strict CSP.
import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { isAppUrl } from './services/app-origin';
import { withContentSecurityPolicy } from './services/csp';
import { externalLinkFor } from './services/navigation';

/** Denies every permission (camera, notifications, geolocation, …) and sets the CSP on our pages. */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Pages never navigate away or open windows; a web link opens in the user's browser instead. */
export function secureContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkFor(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
}
