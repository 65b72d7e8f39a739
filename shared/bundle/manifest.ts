// manifest.json of an exchange bundle (bundle-format.md), its trusted comment and the bundle's file name.
import { z } from 'zod';
import { UserFacingError } from '../errors';
import {
  DEPARTMENT_CODE,
  isOrganisationCode,
  parseInstallationId,
} from '../domain/organisations/codes';
import { decodeUtf8, utf8 } from './bytes';

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.json.minisig';
export const BUNDLE_FORMAT = 'opm-bundle';
export const BUNDLE_VERSION = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const installation = z
  .string()
  .refine((id) => parseInstallationId(id) !== null, 'not an installation id');
const organisation = z.string().refine(isOrganisationCode, 'not an organisation code');

export const tableNamePattern = /^[a-z][A-Za-z0-9_-]{0,63}$/;

const dataEntrySchema = z.strictObject({
  path: z.string().regex(/^data\/[a-z][A-Za-z0-9_-]{0,63}\.ndjson$/),
  sha256: sha256Hex,
  bytes: count,
  records: count,
});

const fileEntrySchema = z
  .strictObject({
    path: z.string().regex(/^files\/[0-9a-f]{64}$/),
    sha256: sha256Hex,
    bytes: count,
  })
  .refine((entry) => entry.path === `files/${entry.sha256}`, 'a file is named by its SHA-256');

export const manifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    kind: z.enum(['records', 'keyring']),
    issuer: installation,
    organisation,
    recipient: organisation,
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    previous: sha256Hex.nullable(),
    createdAt: z.iso.datetime(),
    since: count,
    upTo: count,
    acks: z.record(installation, count),
    keyId: z.string().regex(/^[0-9A-F]{16}$/, 'expected 16 upper-case hex digits'),
    entries: z.array(z.union([dataEntrySchema, fileEntrySchema])),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.since > m.upTo) issue('since', 'since is above upTo');
    if ((m.sequence === 1) !== (m.previous === null)) {
      issue('previous', 'previous is null exactly for sequence 1');
    }
    if (parseInstallationId(m.issuer)?.organisation !== m.organisation) {
      issue('issuer', 'the issuer is not an installation of the organisation');
    }
    if (m.kind === 'keyring' && m.organisation !== DEPARTMENT_CODE) {
      issue('kind', 'only the department issues a keyring');
    }
    const paths = new Set<string>();
    m.entries.forEach((entry, i) => {
      if (paths.has(entry.path))
        ctx.addIssue({ code: 'custom', path: ['entries', i], message: 'twice' });
      paths.add(entry.path);
    });
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][number];

function manifestError(reason: string, th: string, en: string, field = MANIFEST_PATH) {
  return new UserFacingError(`bundle.manifest.${reason}`, { th, en }, { field });
}

/** The exact bytes written: the contract's key order, two-space indent, a final newline. */
export function serializeManifest(manifest: Manifest): Uint8Array {
  const ordered: Manifest = {
    format: manifest.format,
    version: manifest.version,
    kind: manifest.kind,
    issuer: manifest.issuer,
    organisation: manifest.organisation,
    recipient: manifest.recipient,
    sequence: manifest.sequence,
    previous: manifest.previous,
    createdAt: manifest.createdAt,
    since: manifest.since,
    upTo: manifest.upTo,
    acks: manifest.acks,
    keyId: manifest.keyId,
    entries: manifest.entries,
  };
  return utf8(`${JSON.stringify(ordered, null, 2)}\n`);
}

/** Parses manifest.json, dispatching on `format` and `version` before the full schema. */
export function parseManifest(bytes: Uint8Array): Manifest {
  const text = decodeUtf8(bytes);
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw manifestError(
      'json',
      'manifest.json ไม่ใช่ JSON แบบ UTF-8',
      'manifest.json is not UTF-8 JSON',
    );
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BUNDLE_FORMAT) {
    throw manifestError(
      'format',
      'แฟ้มนี้ไม่ใช่ชุดข้อมูลแลกเปลี่ยนของ อพม.',
      'This is not an OPM exchange bundle',
    );
  }
  if (version !== BUNDLE_VERSION) {
    throw manifestError(
      'version',
      `ชุดข้อมูลรุ่น ${String(version)} โปรแกรมนี้อ่านได้เฉพาะรุ่น ${BUNDLE_VERSION} โปรดปรับรุ่นโปรแกรม`,
      `This bundle is version ${String(version)}; this app reads version ${BUNDLE_VERSION}. Update the app.`,
    );
  }
  const result = manifestSchema.safeParse(value);
  if (!result.success) {
    const issue = innermost(result.error.issues[0]!);
    const where = issue.path.map(String).join('.');
    throw manifestError(
      'schema',
      `manifest.json ไม่ถูกต้องที่ ${where || '(ทั้งแฟ้ม)'}: ${issue.message}`,
      `manifest.json is not valid at ${where || '(top level)'}: ${issue.message}`,
      `${MANIFEST_PATH}: ${where}`,
    );
  }
  return result.data;
}

/** For an entry that fits neither shape, the issue of the shape it came closest to. */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]![0];
  return closest ? innermost({ ...closest, path: [...issue.path, ...closest.path] }) : issue;
}

/** bundle-format.md: the trusted comment is exactly `opm-bundle v1 <issuer> <sequence> <sha256>`. */
export function trustedCommentFor(manifest: Manifest, manifestSha256: string): string {
  return `${BUNDLE_FORMAT} v${BUNDLE_VERSION} ${manifest.issuer} ${manifest.sequence} ${manifestSha256}`;
}

/** `<issuer>-<sequence, 6 digits>-<yyyymmdd>.opmb`, the date being createdAt's (UTC) date. */
export function bundleFileName(
  manifest: Pick<Manifest, 'issuer' | 'sequence' | 'createdAt'>,
): string {
  const day = manifest.createdAt.slice(0, 10).replaceAll('-', '');
  return `${manifest.issuer}-${String(manifest.sequence).padStart(6, '0')}-${day}.opmb`;
}
