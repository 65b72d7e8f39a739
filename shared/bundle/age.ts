// age X25519 keys and whole-file encryption, in the text and binary formats of the age tools.
import type { Identity } from 'age-encryption';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { UserFacingError, isUserFacingError } from '../errors';
import { bytesEqual, decodeUtf8, utf8 } from './bytes';

/** `identity` is `AGE-SECRET-KEY-1…`, `recipient` is `age1…`. */
export type AgeKeyPair = { identity: string; recipient: string };

/**
 * What can open an age file: an identity string, an X25519 private CryptoKey (kept unexportable by
 * a browser), or an object that unwraps the file key some other way (asking the host for it).
 */
export type AgeIdentity = Parameters<Decrypter['addIdentity']>[0];

const AGE_MAGIC = utf8('age-encryption.org/v1\n');
/** A header this long holds thousands of recipients; one longer is not a bundle of ours. */
export const AGE_MAX_HEADER_BYTES = 1024 * 1024;
const MAC_LINE_START = utf8('--- ');

export async function generateAgeKeyPair(): Promise<AgeKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export async function recipientOf(identity: string): Promise<string> {
  try {
    return await identityToRecipient(identity);
  } catch {
    throw invalidIdentity();
  }
}

/** The key file as `age-keygen` writes it; `createdAt` is printed in RFC 3339 to the second. */
export function ageIdentityFileText(pair: AgeKeyPair, createdAt: Date): string {
  const created = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `# created: ${created}\n# public key: ${pair.recipient}\n${pair.identity}\n`;
}

/** The identities in an identity file: every line that is neither blank nor a `#` comment. */
export function parseAgeIdentityFile(text: string): string[] {
  const identities = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (
    identities.length === 0 ||
    identities.some((line) => !/^AGE-SECRET-KEY-1[0-9A-Z]+$/.test(line))
  ) {
    throw invalidIdentity();
  }
  return identities;
}

export function isAgeEncrypted(bytes: Uint8Array): boolean {
  return (
    bytes.length >= AGE_MAGIC.length && bytesEqual(bytes.subarray(0, AGE_MAGIC.length), AGE_MAGIC)
  );
}

/** Encrypts to every recipient, in age's binary format (not armored). */
export async function encryptForRecipients(
  bytes: Uint8Array,
  recipients: readonly string[],
): Promise<Uint8Array> {
  if (recipients.length === 0) {
    throw new UserFacingError('bundle.age.no-recipients', {
      th: 'ไม่มีผู้รับสำหรับเข้ารหัสแฟ้ม',
      en: 'There is no recipient to encrypt the file to',
    });
  }
  const encrypter = new Encrypter();
  for (const recipient of recipients) {
    try {
      encrypter.addRecipient(recipient);
    } catch {
      throw new UserFacingError(
        'bundle.age.recipient',
        { th: `กุญแจผู้รับ age ไม่ถูกต้อง: ${recipient}`, en: `Not a valid age recipient: ${recipient}` },
        { field: recipient },
      );
    }
  }
  return encrypter.encrypt(bytes);
}

export async function decryptWithIdentities(
  bytes: Uint8Array,
  identities: readonly AgeIdentity[],
): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  for (const identity of identities) {
    try {
      decrypter.addIdentity(identity);
    } catch {
      throw invalidIdentity();
    }
  }
  try {
    return await decrypter.decrypt(bytes);
  } catch (error) {
    // An identity that asks the host may fail for a reason of its own (no keys yet), said plainly.
    if (isUserFacingError(error)) throw error;
    const message = error instanceof Error ? error.message : '';
    if (message.includes('no identity matched')) {
      throw new UserFacingError('bundle.age.no-identity', {
        th: 'แฟ้มนี้ไม่ได้เข้ารหัสถึงเครื่องนี้ จึงเปิดด้วยกุญแจของเครื่องนี้ไม่ได้',
        en: 'This file was not encrypted to this installation: none of its keys can open it',
      });
    }
    throw new UserFacingError('bundle.age.corrupt', {
      th: 'แฟ้มที่เข้ารหัสเสียหายหรือไม่ครบ ถอดรหัสไม่ได้',
      en: 'The encrypted file is damaged or incomplete and cannot be decrypted',
    });
  }
}

/**
 * The header of an age file: from its first byte up to and including the `--- <mac>` line and its
 * newline. It is all a holder of the secret key needs to recover the file key.
 */
export function ageHeaderOf(bytes: Uint8Array): Uint8Array {
  if (!isAgeEncrypted(bytes)) {
    throw new UserFacingError('bundle.age.not-encrypted', {
      th: 'แฟ้มนี้ไม่ได้เข้ารหัสด้วย age จึงไม่มีส่วนหัวให้ถอดรหัส',
      en: 'This file is not age-encrypted, so it has no header to decrypt',
    });
  }
  const head = bytes.subarray(0, AGE_MAX_HEADER_BYTES);
  const macLine = macLineStart(head);
  const lineEnd = macLine === -1 ? -1 : head.indexOf(0x0a, macLine);
  const line = lineEnd === -1 ? null : decodeUtf8(head.subarray(macLine, lineEnd));
  // age's MAC is HMAC-SHA-256: 32 bytes, 43 characters of unpadded base64.
  if (line === null || !/^--- [A-Za-z0-9+/]{43}$/.test(line)) {
    throw new UserFacingError('bundle.age.header', {
      th: 'ส่วนหัวของแฟ้มที่เข้ารหัสเสียหายหรือไม่ครบ ถอดรหัสไม่ได้ กรุณาขอแฟ้มใหม่จากผู้ส่ง',
      en: 'The header of the encrypted file is damaged or incomplete, so it cannot be decrypted. Ask the sender for the file again',
    });
  }
  return bytes.slice(0, lineEnd + 1);
}

/** Where the line starting `--- ` begins (stanza lines start `-> `, bodies are base64), or -1. */
function macLineStart(bytes: Uint8Array): number {
  const end = bytes.length - MAC_LINE_START.length;
  for (let i = AGE_MAGIC.length; i <= end; i++) {
    if (bytes[i - 1] !== 0x0a) continue;
    if (bytesEqual(bytes.subarray(i, i + MAC_LINE_START.length), MAC_LINE_START)) return i;
  }
  return -1;
}

/**
 * An identity that answers every header with a file key found elsewhere (by the host, from the
 * header). The decrypter still checks the header's MAC with it, so a wrong key opens nothing.
 */
export function identityFromFileKey(fileKey: Uint8Array): Identity {
  const key = fileKey.slice();
  return { unwrapFileKey: () => key.slice() };
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const IDENTITY_PREFIX = 'age-secret-key-';

/** The 32-byte X25519 scalar inside `AGE-SECRET-KEY-1…` (Bech32, as BIP 173 defines it). */
export function x25519SecretOf(identity: string): Uint8Array {
  const lower = identity.toLowerCase();
  const separator = lower.lastIndexOf('1');
  const values = [...lower.slice(separator + 1)].map((c) => BECH32_CHARSET.indexOf(c));
  if (
    lower.slice(0, separator) !== IDENTITY_PREFIX ||
    values.length < 6 ||
    values.some((value) => value < 0) ||
    bech32Polymod([...hrpExpanded(IDENTITY_PREFIX), ...values]) !== 1
  ) {
    throw invalidIdentity();
  }
  const scalar = fiveBitsToBytes(values.slice(0, -6));
  if (scalar?.length !== 32) throw invalidIdentity();
  return scalar;
}

function bech32Polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    BECH32_GENERATORS.forEach((generator, i) => {
      if ((top >>> i) & 1) checksum ^= generator;
    });
  }
  return checksum;
}

function hrpExpanded(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((code) => code >> 5), 0, ...codes.map((code) => code & 31)];
}

/** Regroups 5-bit values into bytes; null when the padding is longer than 4 bits or not zero. */
function fiveBitsToBytes(values: readonly number[]): Uint8Array | null {
  const out: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const value of values) {
    accumulator = ((accumulator << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((accumulator >> bits) & 0xff);
    }
  }
  if (bits >= 5 || ((accumulator << (8 - bits)) & 0xff) !== 0) return null;
  return Uint8Array.from(out);
}

function invalidIdentity(): UserFacingError {
  return new UserFacingError('bundle.age.identity', {
    th: 'กุญแจลับ age ไม่ถูกต้อง',
    en: 'The age secret key is not valid',
  });
}
