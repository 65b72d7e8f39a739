// Exposes the host contract as window.host, and nothing else: no ipcRenderer, no Node.
// Sandboxed, so it is bundled into one CommonJS file that requires only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { Host, HostEventName, HostEvents } from '../shared/host';
import { bridgedEvents, isBridgedChannel, isBridgedEvent } from './bridge-names';
import type { HostReply } from './ipc/reply';

type Listeners = { [E in HostEventName]: Set<(payload: HostEvents[E]) => void> };
type Pending = { [E in HostEventName]: HostEvents[E][] };

const listeners: Listeners = { 'app:open-file': new Set() };
// An event that arrives before the renderer listens (a bundle opened at launch) waits here.
const pending: Pending = { 'app:open-file': [] };
const maxPending = 10;

function deliver<E extends HostEventName>(event: E, payload: HostEvents[E]): void {
  const handlers = listeners[event];
  if (handlers.size === 0) {
    pending[event].push(payload);
    pending[event].splice(0, Math.max(pending[event].length - maxPending, 0));
    return;
  }
  for (const handler of handlers) handler(payload);
}

for (const event of bridgedEvents) {
  ipcRenderer.on(event, (_ipcEvent, payload) => deliver(event, payload));
}

const host = {
  async invoke(channel, ...args) {
    if (!isBridgedChannel(channel)) throw new Error(`Unknown host channel: ${String(channel)}`);
    const reply: HostReply<typeof channel> = await ipcRenderer.invoke(channel, args[0]);
    // A plain object crosses the context bridge whole; an Error would lose its code and Thai text.
    if (!reply.ok) throw reply.failure;
    return reply.value;
  },
  listen(event, handler) {
    if (!isBridgedEvent(event)) throw new Error(`Unknown host event: ${String(event)}`);
    listeners[event].add(handler);
    for (const payload of pending[event].splice(0)) handler(payload);
    return () => {
      listeners[event].delete(handler);
    };
  },
} satisfies Host;

contextBridge.exposeInMainWorld('host', host);
