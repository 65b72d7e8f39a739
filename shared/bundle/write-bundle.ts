// Writes an exchange bundle: NDJSON tables and files, a signed manifest, zipped, age-encrypted if asked.
import { UserFacingError } from '../errors';
import { encryptForRecipients } from './age';
import { sha256Hex, sha256HexAsync, utf8 } from './bytes';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  bundleFileName,
  parseManifest,
  serializeManifest,
  tableNamePattern,
  trustedCommentFor,
  type Manifest,
  type ManifestEntry,
} from './manifest';
import { signMinisign, type MinisignSecretKey } from './minisign';
import { encodeTable, type BundleRecord } from './ndjson';
import { writeZip, type ZipInput } from './zip-write';

export type ManifestFields = Omit<Manifest, 'format' | 'version' | 'keyId' | 'entries'>;

/** Signs a manifest where the secret key is kept (the host), returning the `.minisig` text. */
export type ManifestSigner = {
  keyId: string;
  sign(manifestBytes: Uint8Array, trustedComment: string): Promise<string>;
};

export type WriteBundleInput = {
  manifestFields: ManifestFields;
  tables: Record<string, readonly BundleRecord[]>;
  /** Attachments; each is stored as `files/<sha256 of its bytes>`. */
  files?: readonly Uint8Array[];
} & (
  { secretKey: MinisignSecretKey; signer?: never } | { signer: ManifestSigner; secretKey?: never }
) &
  ({ recipients: readonly string[] } | { plain: true });

export type WrittenBundle = {
  bytes: Uint8Array;
  fileName: string;
  manifest: Manifest;
  manifestSha256: string;
  encrypted: boolean;
};

export async function writeBundle(input: WriteBundleInput): Promise<WrittenBundle> {
  const { manifestFields } = input;
  const signer = signerOf(input);
  const recipients = 'recipients' in input ? input.recipients : null;
  // bundle-format.md: bundles that carry personal data (`records`) are always encrypted.
  if (manifestFields.kind === 'records' && recipients === null) {
    throw new UserFacingError('bundle.write.plain-records', {
      th: 'ชุดข้อมูลที่มีข้อมูลบุคคลต้องเข้ารหัสเสมอ',
      en: 'A bundle that carries personal data must be encrypted',
    });
  }
  const dataEntries: ZipInput[] = [];
  const entries: ManifestEntry[] = [];
  for (const table of Object.keys(input.tables).sort()) {
    if (!tableNamePattern.test(table)) {
      throw new UserFacingError(
        'bundle.write.table-name',
        { th: `ชื่อตาราง "${table}" ใช้ไม่ได้`, en: `"${table}" cannot be a table name` },
        { field: table },
      );
    }
    const records = input.tables[table]!;
    const data = encodeTable(table, records);
    const path = `data/${table}.ndjson`;
    dataEntries.push({ name: path, data, method: 'deflated' });
    entries.push({
      path,
      sha256: await sha256HexAsync(data),
      bytes: data.length,
      records: records.length,
    });
  }
  const files = new Map<string, Uint8Array>();
  for (const file of input.files ?? []) files.set(await sha256HexAsync(file), file);
  for (const hash of [...files.keys()].sort()) {
    const data = files.get(hash)!;
    // Photos and scans are already compressed: stored, not deflated.
    dataEntries.push({ name: `files/${hash}`, data, method: 'stored' });
    entries.push({ path: `files/${hash}`, sha256: hash, bytes: data.length });
  }

  const draft: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...manifestFields,
    keyId: signer.keyId,
    entries,
  };
  const manifestBytes = serializeManifest(draft);
  // Refuse to sign what a reader would refuse to read.
  const manifest = parseManifest(manifestBytes);
  const manifestSha256 = sha256Hex(manifestBytes);
  const signature = await signer.sign(manifestBytes, trustedCommentFor(manifest, manifestSha256));
  const zip = writeZip([
    { name: MANIFEST_PATH, data: manifestBytes, method: 'deflated' },
    { name: SIGNATURE_PATH, data: utf8(signature), method: 'stored' },
    ...dataEntries,
  ]);
  const bytes = recipients === null ? zip : await encryptForRecipients(zip, recipients);
  return {
    bytes,
    fileName: bundleFileName(manifest),
    manifest,
    manifestSha256,
    encrypted: recipients !== null,
  };
}

function signerOf(input: WriteBundleInput): ManifestSigner {
  if (input.signer !== undefined) return input.signer;
  const key = input.secretKey;
  return { keyId: key.keyId, sign: async (bytes, comment) => signMinisign(bytes, key, comment) };
}
