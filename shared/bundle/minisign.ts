// minisign keys and prehashed Ed25519 (`ED`) signatures, byte for byte as the minisign tool writes them.
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { UserFacingError } from '../errors';
import { bytesEqual, concatBytes, fromBase64, toBase64, toHex, utf8 } from './bytes';

/** `keyId` is the key number as minisign prints it: 16 upper-case hex digits of a little-endian u64. */
export type MinisignPublicKey = { keyId: string; publicKey: Uint8Array };
export type MinisignSecretKey = MinisignPublicKey & { seed: Uint8Array };
export type MinisignKeyPair = { publicKey: MinisignPublicKey; secretKey: MinisignSecretKey };

export type MinisignFailure =
  'malformed' | 'legacy-algorithm' | 'key-mismatch' | 'signature' | 'trusted-comment';
export type MinisignVerdict =
  { ok: true; trustedComment: string } | { ok: false; reason: MinisignFailure };

const COMMENT_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
const SIG_ALG = utf8('Ed');
const SIG_ALG_PREHASHED = utf8('ED');
const CHECKSUM_ALG = utf8('B2');
const KDF_NONE = new Uint8Array(2);
const KDF_SCRYPT = utf8('Sc');
// minisign.h: sig_alg, kdf_alg, chk_alg (2 each), kdf_salt (32), opslimit, memlimit (8 each), then
// keynum (8), libsodium secret key (seed + public key, 64) and a BLAKE2b-256 checksum (32).
const SECRET_KEY_BYTES = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;

function invalidKey(what: 'public' | 'secret', detail: string): UserFacingError {
  const th = what === 'public' ? 'กุญแจสาธารณะ minisign' : 'กุญแจลับ minisign';
  return new UserFacingError(
    `bundle.minisign.${what}-key`,
    { th: `${th}ไม่ถูกต้อง: ${detail}`, en: `The minisign ${what} key is not valid: ${detail}` },
    { field: `minisign ${what} key` },
  );
}

export function keyIdFromBytes(keyNumber: Uint8Array): string {
  return toHex(keyNumber.slice().reverse()).toUpperCase();
}

export function keyIdToBytes(keyId: string): Uint8Array {
  const bytes = new Uint8Array(8);
  for (let i = 0; i < 8; i++) bytes[7 - i] = parseInt(keyId.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function generateMinisignKeyPair(): MinisignKeyPair {
  const seed = crypto.getRandomValues(new Uint8Array(32));
  const keyId = keyIdFromBytes(crypto.getRandomValues(new Uint8Array(8)));
  const publicKey = ed25519.getPublicKey(seed);
  return { publicKey: { keyId, publicKey }, secretKey: { keyId, publicKey, seed } };
}

/** The single base64 line of a public key, as `minisign -P` takes it. */
export function publicKeyBase64(key: MinisignPublicKey): string {
  return toBase64(concatBytes(SIG_ALG, keyIdToBytes(key.keyId), key.publicKey));
}

export function publicKeyFileText(key: MinisignPublicKey): string {
  return `${COMMENT_PREFIX}minisign public key ${key.keyId}\n${publicKeyBase64(key)}\n`;
}

/** Reads a `.pub` file or its bare base64 line. */
export function parsePublicKey(text: string): MinisignPublicKey {
  const lines = splitLines(text);
  const line = lines.length === 1 ? lines[0]! : lines[1];
  if (lines.length > 1 && !lines[0]!.startsWith(COMMENT_PREFIX)) {
    throw invalidKey('public', 'first line is not an untrusted comment');
  }
  const bytes = line === undefined ? null : fromBase64(line);
  if (!bytes || bytes.length !== 42) throw invalidKey('public', 'not 42 bytes of base64');
  if (!bytesEqual(bytes.subarray(0, 2), SIG_ALG)) throw invalidKey('public', 'algorithm is not Ed');
  return { keyId: keyIdFromBytes(bytes.subarray(2, 10)), publicKey: bytes.slice(10) };
}

function secretKeyChecksum(keyNumber: Uint8Array, sodiumSecret: Uint8Array): Uint8Array {
  return blake2b(concatBytes(SIG_ALG, keyNumber, sodiumSecret), { dkLen: 32 });
}

/**
 * An unencrypted secret key file in the layout of `minisign -G -W` (KDF algorithm, salt and limits
 * all zero), with the BLAKE2b-256 checksum filled in, which minisign writes as zeros for such keys
 * and does not check. Only for keys kept sealed by the host; backups use minisign's own password.
 */
export function secretKeyFileText(key: MinisignSecretKey): string {
  const keyNumber = keyIdToBytes(key.keyId);
  const sodiumSecret = concatBytes(key.seed, key.publicKey);
  const bytes = concatBytes(
    SIG_ALG,
    KDF_NONE,
    CHECKSUM_ALG,
    new Uint8Array(32 + 8 + 8),
    keyNumber,
    sodiumSecret,
    secretKeyChecksum(keyNumber, sodiumSecret),
  );
  return `${COMMENT_PREFIX}minisign encrypted secret key\n${toBase64(bytes)}\n`;
}

export function parseSecretKey(text: string): MinisignSecretKey {
  const lines = splitLines(text);
  const bytes = lines[1] === undefined ? null : fromBase64(lines[1]);
  if (!lines[0]?.startsWith(COMMENT_PREFIX) || !bytes || bytes.length !== SECRET_KEY_BYTES) {
    throw invalidKey('secret', `not a minisign secret key file`);
  }
  if (!bytesEqual(bytes.subarray(0, 2), SIG_ALG)) throw invalidKey('secret', 'algorithm is not Ed');
  if (bytesEqual(bytes.subarray(2, 4), KDF_SCRYPT)) {
    throw invalidKey('secret', 'it is password-protected; unlock it with minisign first');
  }
  if (!bytesEqual(bytes.subarray(2, 4), KDF_NONE)) throw invalidKey('secret', 'unknown KDF');
  if (!bytesEqual(bytes.subarray(4, 6), CHECKSUM_ALG))
    throw invalidKey('secret', 'unknown checksum');
  const keyNumber = bytes.subarray(54, 62);
  const sodiumSecret = bytes.subarray(62, 126);
  // `minisign -G -W` (0.11) leaves an unencrypted key's checksum zero; anything else must match.
  const checksum = bytes.subarray(126, 158);
  const isUnset = checksum.every((byte) => byte === 0);
  if (!isUnset && !bytesEqual(secretKeyChecksum(keyNumber, sodiumSecret), checksum)) {
    throw invalidKey('secret', 'checksum does not match');
  }
  const seed = sodiumSecret.slice(0, 32);
  const publicKey = sodiumSecret.slice(32);
  if (!bytesEqual(ed25519.getPublicKey(seed), publicKey)) {
    throw invalidKey('secret', 'public half does not match the secret half');
  }
  return { keyId: keyIdFromBytes(keyNumber), publicKey, seed };
}

/** Signs raw bytes with Ed25519 (RFC 8032), wherever the secret key is kept. */
export type RawEd25519Signer = (message: Uint8Array) => Promise<Uint8Array>;

const DEFAULT_UNTRUSTED_COMMENT = 'signature from minisign secret key';

/** A `.minisig` text: prehashed signature of `message`, and the global one over it and the comment. */
export function signMinisign(
  message: Uint8Array,
  key: MinisignSecretKey,
  trustedComment: string,
  untrustedComment = DEFAULT_UNTRUSTED_COMMENT,
): string {
  checkComments(trustedComment, untrustedComment);
  const signature = ed25519.sign(blake2b(message), key.seed);
  const globalSignature = ed25519.sign(concatBytes(signature, utf8(trustedComment)), key.seed);
  return minisigText(key.keyId, signature, globalSignature, trustedComment, untrustedComment);
}

/**
 * The same `.minisig` text as signMinisign, signed by `rawSign` where the seed is out of reach (the
 * operating system's keystore, a non-extractable WebCrypto key). Ed25519 is deterministic, so for
 * the same key both write the same bytes.
 */
export async function signMinisignWith(
  message: Uint8Array,
  keyId: string,
  rawSign: RawEd25519Signer,
  trustedComment: string,
  untrustedComment = DEFAULT_UNTRUSTED_COMMENT,
): Promise<string> {
  checkComments(trustedComment, untrustedComment);
  if (!/^[0-9A-F]{16}$/.test(keyId)) {
    throw new UserFacingError(
      'bundle.minisign.key-id',
      {
        th: `รหัสกุญแจ "${keyId}" ไม่ใช่เลขฐานสิบหกตัวพิมพ์ใหญ่ 16 หลักตามที่ minisign พิมพ์`,
        en: `The key id "${keyId}" is not 16 upper-case hex digits as minisign prints it`,
      },
      { field: 'keyId' },
    );
  }
  const signature = await rawSign(blake2b(message));
  const globalSignature = await rawSign(concatBytes(signature, utf8(trustedComment)));
  if (signature.length !== 64 || globalSignature.length !== 64) {
    throw new UserFacingError('bundle.minisign.signer', {
      th: 'การลงลายมือชื่อไม่ได้ผลเป็นลายเซ็น Ed25519 ขนาด 64 ไบต์ จึงไม่ได้ลงลายมือชื่อ',
      en: 'Signing did not give a 64-byte Ed25519 signature, so nothing was signed',
    });
  }
  return minisigText(keyId, signature, globalSignature, trustedComment, untrustedComment);
}

function checkComments(trustedComment: string, untrustedComment: string): void {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) {
    throw new UserFacingError('bundle.minisign.comment', {
      th: 'ความเห็นในลายเซ็นต้องอยู่ในบรรทัดเดียว',
      en: 'A signature comment must fit on one line',
    });
  }
}

function minisigText(
  keyId: string,
  signature: Uint8Array,
  globalSignature: Uint8Array,
  trustedComment: string,
  untrustedComment: string,
): string {
  const sigStruct = concatBytes(SIG_ALG_PREHASHED, keyIdToBytes(keyId), signature);
  return (
    `${COMMENT_PREFIX}${untrustedComment}\n${toBase64(sigStruct)}\n` +
    `${TRUSTED_PREFIX}${trustedComment}\n${toBase64(globalSignature)}\n`
  );
}

/** Checks a `.minisig` as `minisign -V` does, accepting only prehashed (`ED`) signatures. */
export function verifyMinisign(
  message: Uint8Array,
  signatureText: string,
  key: MinisignPublicKey,
): MinisignVerdict {
  const lines = splitLines(signatureText);
  if (lines.length !== 4) return { ok: false, reason: 'malformed' };
  const [untrusted, sigLine, trusted, globalLine] = lines as [string, string, string, string];
  const sigStruct = fromBase64(sigLine);
  const globalSignature = fromBase64(globalLine);
  if (
    !untrusted.startsWith(COMMENT_PREFIX) ||
    !trusted.startsWith(TRUSTED_PREFIX) ||
    sigStruct?.length !== 74 ||
    globalSignature?.length !== 64
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const failure = verifySignatureStruct(message, sigStruct, key);
  if (failure) return { ok: false, reason: failure };
  const signature = sigStruct.subarray(10);
  const trustedComment = trusted.slice(TRUSTED_PREFIX.length);
  const signedComment = concatBytes(signature, utf8(trustedComment));
  if (!safeVerify(globalSignature, signedComment, key.publicKey)) {
    return { ok: false, reason: 'trusted-comment' };
  }
  return { ok: true, trustedComment };
}

/**
 * Checks the 74-byte signature line of a `.minisig` (algorithm, key number, prehashed Ed25519) on
 * its own: what a certificate's QR code carries, as it has no room for the whole file. Returns the
 * failure, or null when the signature holds.
 */
export function verifySignatureStruct(
  message: Uint8Array,
  sigStruct: Uint8Array,
  key: MinisignPublicKey,
): MinisignFailure | null {
  if (sigStruct.length !== 74) return 'malformed';
  const algorithm = sigStruct.subarray(0, 2);
  if (bytesEqual(algorithm, SIG_ALG)) return 'legacy-algorithm';
  if (!bytesEqual(algorithm, SIG_ALG_PREHASHED)) return 'malformed';
  if (keyIdFromBytes(sigStruct.subarray(2, 10)) !== key.keyId) return 'key-mismatch';
  if (!safeVerify(sigStruct.subarray(10), blake2b(message), key.publicKey)) return 'signature';
  return null;
}

/** The signature line of a `.minisig` text, decoded; null when the text is not one. */
export function signatureStructOf(signatureText: string): Uint8Array | null {
  const line = splitLines(signatureText)[1];
  const bytes = line === undefined ? null : fromBase64(line);
  return bytes?.length === 74 ? bytes : null;
}

function safeVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    // RFC 8032 strict checks, as libsodium (and so minisign) applies them.
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** Lines without their ends; a CRLF file (e-mailed from Windows) reads the same. */
function splitLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
