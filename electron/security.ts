// The security policy of every window: no navigation, no new windows, no permission but the camera
// for our own pages, a strict CSP.
import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { isAppUrl } from './services/app-origin';
import { withContentSecurityPolicy } from './services/csp';
import { externalLinkFor } from './services/navigation';
import { isPermissionAllowed } from './services/permissions';

/** Denies every permission but our pages' camera (notifications, geolocation, the microphone, …). */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      isPermissionAllowed({
        permission,
        url: details.requestingUrl,
        mediaTypes: 'mediaTypes' in details ? (details.mediaTypes ?? []) : [],
      }),
    ),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionAllowed({
      permission,
      url: details.requestingUrl ?? '',
      mediaTypes: details.mediaType ? [details.mediaType] : [],
    }),
  );
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
