// Registers one handler for every channel of the host contract, each behind the sender check and the
// argument schema. Two areas answering one channel, or a channel left unanswered, stop the app.
import type { HostChannel } from '../../shared/host';
import { hostChannels, parseHostArgs } from '../../shared/host';
import type { AreaHandlers, HostHandler } from './handlers';
import type { HostReply } from './reply';
import { failureFor, refusedSender } from './reply';
import type { IpcCall } from './sender';
import { isTrustedSender } from './sender';

export type HostListener<K extends HostChannel> = (
  call: IpcCall,
  arg: unknown,
) => Promise<HostReply<K>>;

/** ipcMain.handle, or anything with its shape. */
export type Handle = <K extends HostChannel>(channel: K, listener: HostListener<K>) => void;

export function registerHostHandlers(areas: readonly AreaHandlers[], handle: Handle): void {
  const unknown = areas.flatMap((area) =>
    Object.keys(area).filter((name) => !hostChannels.some((channel) => channel === name)),
  );
  if (unknown.length > 0) {
    throw new Error(`Handlers for channels outside the host contract: ${unknown.join(', ')}`);
  }
  for (const channel of hostChannels) {
    handle(channel, listenerFor(channel, onlyHandler(areas, channel)));
  }
}

function onlyHandler<K extends HostChannel>(
  areas: readonly AreaHandlers[],
  channel: K,
): HostHandler<K> {
  const found = areas.flatMap((area) => area[channel] ?? []);
  const [handler] = found;
  if (handler === undefined) throw new Error(`No handler for host channel ${channel}`);
  if (found.length > 1) throw new Error(`${found.length} handlers for host channel ${channel}`);
  return handler;
}

export function listenerFor<K extends HostChannel>(
  channel: K,
  handler: HostHandler<K>,
): HostListener<K> {
  return async (call, arg) => {
    if (!isTrustedSender(call)) return { ok: false, failure: refusedSender };
    try {
      return { ok: true, value: await handler(parseHostArgs(channel, arg)) };
    } catch (error) {
      return { ok: false, failure: failureFor(channel, error) };
    }
  };
}
