// The one contract between the renderer and its host (Electron or a plain browser): channel names,
// the argument and result of each, and the schemas the host parses every argument with.
import { z } from 'zod';
import { AGE_MAX_HEADER_BYTES } from './bundle/age';
import { parseInstallationId } from './domain/organisations/codes';

/** Any Uint8Array, whatever buffer it views: what the bundle code and the file APIs hand over. */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');
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

/** `C6501-1`, `DSDW-3`: an organisation and the number of one of its computers (bundle-format.md). */
const installationId = z
  .string()
  .max(20)
  .refine((id) => parseInstallationId(id) !== null, 'an installation id such as C6501-1 or DSDW-1');
/** What the host signs is a manifest; read-bundle.ts accepts none larger than this. */
export const maxSignedMessageBytes = 16 * 1024 ** 2;
const password = z.string().max(1024);

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
  /** Several files into one folder the person picks, e.g. the department's release to each centre. */
  'files:save-many': z.object({
    title: z.string().max(200),
    files: z
      .array(z.object({ suggestedName: fileName, bytes }))
      .min(1)
      .max(1000)
      .refine(
        (files) => new Set(files.map((f) => f.suggestedName.toLowerCase())).size === files.length,
        'file names that differ',
      ),
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
  'keys:create': z.object({ installationId, replace: z.boolean().optional() }),
  'keys:public': z.undefined(),
  'keys:sign': z.object({
    message: bytes.refine((b) => b.length <= maxSignedMessageBytes, 'a message of at most 16 MiB'),
    trustedComment: z
      .string()
      .max(500)
      .regex(/^[^\r\n]*$/, 'a trusted comment on one line'),
  }),
  'keys:file-key': z.object({
    header: bytes.refine((b) => b.length <= AGE_MAX_HEADER_BYTES, 'an age header of at most 1 MiB'),
  }),
  'keys:backup': z.object({ password: password.min(10, 'a password of at least 10 characters') }),
  'keys:restore': z.object({
    installationId,
    minisignKey: z.string().max(4096),
    ageKey: z.string().max(64 * 1024),
    password: password.min(1),
  }),
} as const;

export type HostChannel = keyof typeof hostArgs;
export type HostArgs<K extends HostChannel> = z.infer<(typeof hostArgs)[K]>;

export type OpenedFile = { name: string; bytes: Uint8Array };
export type SavedFile = { saved: true; name: string } | { saved: false };
/** The names as saved, in the order given. */
export type SavedFiles = { saved: true; folder: string; names: string[] } | { saved: false };
export type BackupEntry = { name: string; bytes: number; createdAt: string };

/** This installation's public keys; the secret halves stay with the host. */
export type InstallationKeys = {
  installationId: string;
  /** As minisign prints it: 16 upper-case hex digits. */
  keyId: string;
  /** The single base64 line of the minisign public key, as `minisign -P` takes it. */
  minisignPublicKey: string;
  /** `age1…` */
  ageRecipient: string;
  createdAt: string;
};

/** Password-protected copies of the secret keys, in minisign's and age's own formats. */
export type KeyBackup = { minisignKey: string; ageKey: string };

export type HostResults = {
  'app:info': { version: string; kind: 'electron' | 'web'; platform: string };
  'files:open': OpenedFile[];
  'files:save': SavedFile;
  'files:save-many': SavedFiles;
  'print:pdf': SavedFile;
  'backup:write': BackupEntry;
  'backup:list': BackupEntry[];
  'backup:read': OpenedFile;
  'keys:create': InstallationKeys;
  'keys:public': InstallationKeys | null;
  /** The whole `.minisig` text. */
  'keys:sign': { signature: string };
  'keys:file-key': { fileKey: Uint8Array };
  'keys:backup': KeyBackup;
  'keys:restore': InstallationKeys;
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
