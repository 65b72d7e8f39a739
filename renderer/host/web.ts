// The host contract in a plain browser: every method works, with the browser's own means.
import type { Host, HostChannel, HostEventName, HostEvents, HostResult } from '@shared/host';
import { parseHostArgs } from '@shared/host';
import { listBackups, readBackup, writeBackup } from './web-backups';
import { openFiles, saveFile, saveFiles } from './web-files';
import {
  createKeys,
  fileKeyOf,
  publicKeys,
  refuseBackup,
  restoreKeys,
  signWithKeys,
} from './web-keys';
import { printRoute } from './web-print';

declare const __APP_VERSION__: string;

type Handlers = { [K in HostChannel]: (arg: unknown) => Promise<HostResult<K>> | HostResult<K> };

const handlers: Handlers = {
  'app:info': () => ({ version: __APP_VERSION__, kind: 'web', platform: navigator.platform }),
  'files:open': (arg) => openFiles(parseHostArgs('files:open', arg)),
  'files:save': (arg) => saveFile(parseHostArgs('files:save', arg)),
  'files:save-many': (arg) => saveFiles(parseHostArgs('files:save-many', arg)),
  'print:pdf': (arg) => printRoute(parseHostArgs('print:pdf', arg)),
  'backup:write': (arg) => {
    const { name, bytes } = parseHostArgs('backup:write', arg);
    return writeBackup(name, bytes);
  },
  'backup:list': () => listBackups(),
  'backup:read': (arg) => readBackup(parseHostArgs('backup:read', arg).name),
  'keys:create': (arg) => createKeys(parseHostArgs('keys:create', arg)),
  'keys:public': () => publicKeys(),
  'keys:sign': (arg) => signWithKeys(parseHostArgs('keys:sign', arg)),
  'keys:file-key': (arg) => fileKeyOf(parseHostArgs('keys:file-key', arg)),
  'keys:backup': (arg) => {
    parseHostArgs('keys:backup', arg);
    return refuseBackup();
  },
  'keys:restore': (arg) => restoreKeys(parseHostArgs('keys:restore', arg)),
};

const listeners = new Map<HostEventName, Set<(payload: never) => void>>();

export const webHost: Host = {
  invoke: async (channel, ...args) => handlers[channel](args[0]) as never,
  listen<E extends HostEventName>(event: E, handler: (payload: HostEvents[E]) => void) {
    const set = listeners.get(event) ?? new Set();
    set.add(handler as (payload: never) => void);
    listeners.set(event, set);
    return () => set.delete(handler as (payload: never) => void);
  },
};
