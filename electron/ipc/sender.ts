// Whether an IPC call came from a page of our own origin, and not from anything else a frame loaded.
import { isAppUrl } from '../services/app-origin';

/** The part of an IPC event the check reads; Electron's IpcMainInvokeEvent has it. */
export type IpcCall = { senderFrame: { url: string } | null };

export function isTrustedSender(call: IpcCall): boolean {
  return isAppUrl(call.senderFrame?.url);
}
