// The host the renderer talks to: Electron's preload when present, otherwise the web host.
import type { Host } from '@shared/host';
import { webHost } from './web';

declare global {
  var host: Host | undefined;
}

export const host: Host = globalThis.host ?? webHost;
