// The one contract between the renderer and its host (Electron or a plain browser): channel names,
// the argument and result of each, and the schemas the host parses every argument with.
import { z } from 'zod';

const bytes = z.instanceof(Uint8Array);
const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
    .min(1)
    .max(20),
});
/** A plain file name: no folders, no reserved characters (the host picks the folder). */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\0]+$/, 'a file name without folders or reserved characters');

export const hostArgs = {
  'app:info': z.undefined(),
  'files:open': z.object({
    title: z.string().max(200),
    filters: z.array(fileFilter).max(10),
    multiple: z.boolean().optional(),
    maxBytes: z.number().int().positive().optional(),
  }),
  'files:save': z.object({
    suggestedName: fileName,
    bytes,
    filters: z.array(fileFilter).max(10),
  }),
  'print:pdf': z.object({
    /** A route of the renderer, e.g. `/print/volunteers?status=active`. */
    route: z.string().regex(/^\/print\/[A-Za-z0-9\-_/?=&%.,~]*$/, 'a route under /print/'),
    suggestedName: fileName,
    landscape: z.boolean().optional(),
  }),
  'backup:write': z.object({ name: fileName, bytes }),
  'backup:list': z.undefined(),
  'backup:read': z.object({ name: fileName }),
} as const;

export type HostChannel = keyof typeof hostArgs;
export type HostArgs<K extends HostChannel> = z.infer<(typeof hostArgs)[K]>;

export type OpenedFile = { name: string; bytes: Uint8Array };
export type SavedFile = { saved: true; name: string } | { saved: false };
export type BackupEntry = { name: string; bytes: number; createdAt: string };

export type HostResults = {
  'app:info': { version: string; kind: 'electron' | 'web'; platform: string };
  'files:open': OpenedFile[];
  'files:save': SavedFile;
  'print:pdf': SavedFile;
  'backup:write': BackupEntry;
  'backup:list': BackupEntry[];
  'backup:read': OpenedFile;
};

export type HostResult<K extends HostChannel> = HostResults[K];

/** What the renderer may ask of its host, one function per channel. */
export type Host = {
  invoke<K extends HostChannel>(
    channel: K,
    ...args: HostArgs<K> extends undefined ? [] : [HostArgs<K>]
  ): Promise<HostResult<K>>;
  listen<E extends HostEventName>(event: E, handler: (payload: HostEvents[E]) => void): () => void;
};

/** Events the host sends to the renderer. */
export type HostEvents = {
  /** A bundle or spreadsheet the user opened with the app from the operating system. */
  'app:open-file': OpenedFile;
};
export type HostEventName = keyof HostEvents;

export const hostChannels = Object.keys(hostArgs) as HostChannel[];

/** Parses an argument that crossed from the renderer; throws a HostArgumentError when malformed. */
export function parseHostArgs<K extends HostChannel>(channel: K, value: unknown): HostArgs<K> {
  const schema = hostArgs[channel];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new HostArgumentError(channel, parsed.error.issues.map((i) => i.message).join('; '));
  }
  return parsed.data as HostArgs<K>;
}

export class HostArgumentError extends Error {
  override readonly name = 'HostArgumentError';
  constructor(
    readonly channel: HostChannel,
    readonly detail: string,
  ) {
    super(`Malformed arguments for ${channel}: ${detail}`);
  }
}
