// Verifies an exchange bundle completely (bundle-format.md, "Reading a bundle") and returns its contents.
import { UserFacingError } from '../errors';
import { decryptWithIdentities, isAgeEncrypted, type AgeIdentity } from './age';
import { decodeUtf8, sha256Hex, sha256HexAsync } from './bytes';
import {
  MANIFEST_PATH,
  SIGNATURE_PATH,
  parseManifest,
  trustedCommentFor,
  type Manifest,
} from './manifest';
import { verifyMinisign, type MinisignFailure, type MinisignPublicKey } from './minisign';
import { parseTable, type BundleRecord } from './ndjson';
import {
  defaultZipLimits,
  extractZipEntry,
  readZipDirectory,
  type ZipEntry,
  type ZipLimits,
} from './zip-read';

export type BundleLimits = ZipLimits & {
  /** Largest bundle file accepted, encrypted or not. */
  maxFileBytes: number;
  maxManifestBytes: number;
};

export const defaultBundleLimits: BundleLimits = {
  ...defaultZipLimits,
  maxFileBytes: 2 * 1024 ** 3,
  maxManifestBytes: 16 * 1024 ** 2,
};

/** The key the keyring gives an installation, and when it was revoked, if it was. */
export type TrustedKey = MinisignPublicKey & { revokedAt?: string | null };

export type VerifyOptions = {
  trust: (issuer: string) => TrustedKey | null;
  /**
   * This installation's age identities, for encrypted bundles: `AGE-SECRET-KEY-1…` strings, X25519
   * CryptoKeys, or identities that get the file key from the host (identityFromFileKey).
   */
  identities?: readonly AgeIdentity[];
  limits?: Partial<BundleLimits>;
};

export type VerifiedBundle = {
  manifest: Manifest;
  manifestSha256: string;
  encrypted: boolean;
  tables: Record<string, BundleRecord[]>;
  /** Attachments by SHA-256. */
  files: Record<string, Uint8Array>;
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MAX_SIGNATURE_BYTES = 16 * 1024;

function bundleError(code: string, th: string, en: string, field?: string): UserFacingError {
  return new UserFacingError(code, { th, en }, field === undefined ? {} : { field });
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Everything a bundle must pass before any of it is applied; throws the first failure found. */
export async function verifyBundle(
  bytes: Uint8Array,
  options: VerifyOptions,
): Promise<VerifiedBundle> {
  const limits = { ...defaultBundleLimits, ...options.limits };
  if (bytes.length > limits.maxFileBytes) {
    throw bundleError(
      'bundle.file.too-large',
      `แฟ้มใหญ่เกิน ${limits.maxFileBytes} ไบต์`,
      `The file is larger than ${limits.maxFileBytes} bytes`,
    );
  }
  const encrypted = isAgeEncrypted(bytes);
  const zip = encrypted ? await decryptWithIdentities(bytes, options.identities ?? []) : bytes;
  if (!isZip(zip) || zip.length > limits.maxFileBytes) {
    throw bundleError(
      'bundle.file.unknown',
      'แฟ้มนี้ไม่ใช่ชุดข้อมูลแลกเปลี่ยน (ไม่ใช่ ZIP หรือแฟ้ม age)',
      'This file is not an exchange bundle (neither a ZIP nor an age file)',
    );
  }
  const directory = readZipDirectory(zip, limits);
  const byName = new Map(directory.map((entry) => [entry.name, entry]));

  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry) {
    throw bundleError(
      'bundle.manifest.missing',
      'ไม่มี manifest.json',
      'manifest.json is missing',
      MANIFEST_PATH,
    );
  }
  if (manifestEntry.size > limits.maxManifestBytes) {
    throw bundleError(
      'bundle.manifest.too-large',
      'manifest.json ใหญ่เกินไป',
      'manifest.json is too large',
      MANIFEST_PATH,
    );
  }
  const manifestBytes = extractZipEntry(zip, manifestEntry);
  const manifest = parseManifest(manifestBytes);
  const manifestSha256 = sha256Hex(manifestBytes);
  checkSignature(zip, byName.get(SIGNATURE_PATH), manifest, manifestBytes, manifestSha256, options);

  const declared = new Set(manifest.entries.map((entry) => entry.path));
  for (const entry of directory) {
    if (entry.name === MANIFEST_PATH || entry.name === SIGNATURE_PATH || declared.has(entry.name))
      continue;
    throw bundleError(
      'bundle.entry.undeclared',
      `"${entry.name}" ไม่ได้ประกาศไว้ใน manifest.json`,
      `"${entry.name}" is not declared in manifest.json`,
      entry.name,
    );
  }
  const located = manifest.entries.map((item) => {
    const entry = byName.get(item.path);
    if (!entry) {
      throw bundleError(
        'bundle.entry.missing',
        `ไม่มี "${item.path}" ในแฟ้ม`,
        `"${item.path}" is missing`,
        item.path,
      );
    }
    // Checked against the manifest before expanding, so nothing expands past its declared size.
    if (entry.size !== item.bytes) throw sizeError(item.path);
    return { item, entry };
  });

  const tables: Record<string, BundleRecord[]> = {};
  const files: Record<string, Uint8Array> = {};
  for (const { item, entry } of located) {
    // Its SHA-256 is checked next: a stronger check of the same bytes than the ZIP's CRC.
    const data = extractZipEntry(zip, entry, { checkCrc: false });
    if (data.length !== item.bytes) throw sizeError(item.path);
    if ((await sha256HexAsync(data)) !== item.sha256) {
      throw bundleError(
        'bundle.entry.sha256',
        `SHA-256 ของ "${item.path}" ไม่ตรงกับ manifest.json (แฟ้มถูกแก้ไขหรือเสียหาย)`,
        `The SHA-256 of "${item.path}" differs from manifest.json (altered or damaged)`,
        item.path,
      );
    }
    if ('records' in item) {
      const records = parseTable(item.path, data);
      if (records.length !== item.records) {
        throw bundleError(
          'bundle.entry.records',
          `"${item.path}" มี ${records.length} ระเบียน แต่ manifest.json ระบุ ${item.records}`,
          `"${item.path}" holds ${records.length} records; manifest.json says ${item.records}`,
          item.path,
        );
      }
      tables[item.path.slice('data/'.length, -'.ndjson'.length)] = records;
    } else {
      files[item.sha256] = data;
    }
  }
  return { manifest, manifestSha256, encrypted, tables, files };
}

const signatureFailures: Record<MinisignFailure, { th: string; en: string }> = {
  malformed: { th: 'แฟ้มลายเซ็นผิดรูปแบบ', en: 'the signature file is malformed' },
  'legacy-algorithm': {
    th: 'ลายเซ็นไม่ใช่แบบ prehashed (ED)',
    en: 'the signature is not prehashed (ED)',
  },
  'key-mismatch': {
    th: 'ลายเซ็นทำด้วยกุญแจอื่น ไม่ใช่กุญแจของผู้ส่งในทะเบียนกุญแจ',
    en: "it was made with another key than the issuer's key in the keyring",
  },
  signature: { th: 'ลายเซ็นไม่ถูกต้อง', en: 'the signature does not verify' },
  'trusted-comment': {
    th: 'ความเห็นที่เชื่อถือได้ถูกแก้ไข',
    en: 'the trusted comment was altered',
  },
};

function checkSignature(
  zip: Uint8Array,
  entry: ZipEntry | undefined,
  manifest: Manifest,
  manifestBytes: Uint8Array,
  manifestSha256: string,
  options: VerifyOptions,
): void {
  const fail = (reason: string, th: string, en: string) =>
    bundleError(
      `bundle.signature.${reason}`,
      `ลายเซ็นของ ${manifest.issuer} ใช้ไม่ได้: ${th}`,
      `The signature of ${manifest.issuer} is refused: ${en}`,
      SIGNATURE_PATH,
    );
  if (!entry)
    throw fail('missing', 'ไม่มี manifest.json.minisig', 'manifest.json.minisig is missing');
  if (entry.size > MAX_SIGNATURE_BYTES)
    throw fail('malformed', 'แฟ้มลายเซ็นใหญ่เกินไป', 'the signature file is too large');
  const key = options.trust(manifest.issuer);
  if (!key) {
    throw fail('unknown-issuer', 'ไม่มีผู้ส่งนี้ในทะเบียนกุญแจ', 'the issuer is not in the keyring');
  }
  if (key.keyId !== manifest.keyId) {
    throw fail(
      'key-id',
      'รหัสกุญแจใน manifest.json ไม่ตรงกับทะเบียนกุญแจ',
      'the key id in manifest.json is not the keyring’s',
    );
  }
  // bundle-format.md: refused when the key was revoked before createdAt.
  if (key.revokedAt && Date.parse(key.revokedAt) <= Date.parse(manifest.createdAt)) {
    throw fail(
      'revoked',
      `กุญแจถูกเพิกถอนเมื่อ ${key.revokedAt}`,
      `the key was revoked at ${key.revokedAt}`,
    );
  }
  const text = decodeUtf8(extractZipEntry(zip, entry));
  const verdict =
    text === null
      ? ({ ok: false, reason: 'malformed' } as const)
      : verifyMinisign(manifestBytes, text, key);
  if (!verdict.ok) {
    const why = signatureFailures[verdict.reason];
    throw fail(verdict.reason, why.th, why.en);
  }
  if (verdict.trustedComment !== trustedCommentFor(manifest, manifestSha256)) {
    throw fail(
      'comment',
      'ความเห็นที่เชื่อถือได้ไม่ตรงกับ manifest.json',
      'the trusted comment disagrees with manifest.json',
    );
  }
}

function sizeError(path: string): UserFacingError {
  return bundleError(
    'bundle.entry.size',
    `ขนาดของ "${path}" ไม่ตรงกับ manifest.json`,
    `The size of "${path}" differs from manifest.json`,
    path,
  );
}
