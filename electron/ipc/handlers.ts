// The shape of the host's handlers: one async function per channel of the contract.
import type { HostArgs, HostChannel, HostResult } from '../../shared/host';

export type HostHandler<K extends HostChannel> = (arg: HostArgs<K>) => Promise<HostResult<K>>;

/** What one area (app, files, print, backup) answers; together the areas answer every channel. */
export type AreaHandlers = { [K in HostChannel]?: HostHandler<K> };
