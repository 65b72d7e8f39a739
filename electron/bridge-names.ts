// The channels and events the preload lets through: exactly those of the host contract, checked by
// the compiler here (a missing or extra name fails to type-check) and against hostChannels in tests.
import type { HostChannel, HostEventName } from '../shared/host';

const channels = {
  'app:info': true,
  'files:open': true,
  'files:save': true,
  'files:save-many': true,
  'print:pdf': true,
  'backup:write': true,
  'backup:list': true,
  'backup:read': true,
  'keys:create': true,
  'keys:public': true,
  'keys:sign': true,
  'keys:file-key': true,
  'keys:backup': true,
  'keys:restore': true,
} satisfies Record<HostChannel, true>;

const events = { 'app:open-file': true } satisfies Record<HostEventName, true>;

export function isBridgedChannel(value: unknown): value is HostChannel {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}

export function isBridgedEvent(value: unknown): value is HostEventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

export const bridgedChannels: HostChannel[] = Object.keys(channels).filter(isBridgedChannel);
export const bridgedEvents: HostEventName[] = Object.keys(events).filter(isBridgedEvent);
