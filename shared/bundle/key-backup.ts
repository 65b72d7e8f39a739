// Password-protected backups of an installation's secret keys, in minisign's and age's own formats.
import { blake2b } from '@noble/hashes/blake2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { Decrypter, Encrypter, armor } from 'age-encryption';
import { UserFacingError } from '../errors';
import { isAgeEncrypted, parseAgeIdentityFile } from './age';
import { bytesEqual, concatBytes, decodeUtf8, fromBase64, toBase64, utf8 } from './bytes';
import {
  keyIdFromBytes,
  keyIdToBytes,
  parseSecretKey,
  secretKeyFileText,
  type MinisignSecretKey,
} from './minisign';

/** libsodium's scrypt limits: `opsLimit` bounds the work, `memLimit` the memory in bytes. */
export type ScryptLimits = { opsLimit: number; memLimit: number };
export type ScryptParams = { logN: number; r: number; p: number };

/**
 * What `minisign -G` writes: crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE and
 * _MEMLIMIT_SENSITIVE, which libsodium turns into N = 2^20, r = 8, p = 1 (1 GiB, a few seconds).
 */
export const MINISIGN_DEFAULT_LIMITS: ScryptLimits = { opsLimit: 33_554_432, memLimit: 1 << 30 };

// minisign.h: sig_alg, kdf_alg, chk_alg (2 each), salt (32), opslimit, memlimit (8 each), then
// keynum_sk: key number (8), libsodium secret key (seed + public key, 64), BLAKE2b-256 checksum (32).
const COMMENT_LINE = 'untrusted comment: minisign encrypted secret key';
const SIG_ALG = utf8('Ed');
const KDF_SCRYPT = utf8('Sc');
const CHECKSUM_ALG = utf8('B2');
const SALT_AT = 6;
const LIMITS_AT = SALT_AT + 32;
const KEYNUM_SK_AT = LIMITS_AT + 16;
const KEYNUM_SK_BYTES = 8 + 64 + 32;
const SECRET_KEY_BYTES = KEYNUM_SK_AT + KEYNUM_SK_BYTES;
// minisign reads at most 1023 bytes of password, a line from standard input or the terminal.
const PASSWORD_MAX_BYTES = 1023;
// Refuse files that ask for more work than minisign itself ever writes (as rust-minisign does).
const MAX_LOG_N = 20;
const MAX_P = 4;
const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

function keyError(reason: string, th: string, en: string, field: string): UserFacingError {
  return new UserFacingError(`bundle.key.${reason}`, { th, en }, { field });
}

/** libsodium's pickparams (crypto_pwhash_scryptsalsa208sha256): the scrypt N, r, p for the limits. */
export function minisignScryptParams(limits: ScryptLimits): ScryptParams {
  const opsLimit = Math.max(limits.opsLimit, 32_768);
  const r = 8;
  const logNFor = (maxN: number) => {
    let logN = 1;
    while (logN < 63 && 2 ** logN <= Math.floor(maxN / 2)) logN++;
    return logN;
  };
  if (opsLimit < Math.floor(limits.memLimit / 32)) {
    return { logN: logNFor(Math.floor(opsLimit / (r * 4))), r, p: 1 };
  }
  const logN = logNFor(Math.floor(limits.memLimit / (r * 128)));
  const maxRp = Math.min(0x3fffffff, Math.floor(Math.floor(opsLimit / 4) / 2 ** logN));
  return { logN, r, p: Math.floor(maxRp / r) };
}

function scryptOptions({ logN, r, p }: ScryptParams, asyncTick?: number) {
  // noble's own accounting of the memory it takes: 128·r·(N + p + 1) bytes.
  const maxmem = 128 * r * (2 ** logN + p + 1);
  return {
    N: 2 ** logN,
    r,
    p,
    dkLen: KEYNUM_SK_BYTES,
    maxmem,
    ...(asyncTick ? { asyncTick } : {}),
  };
}

function checkNewPassword(password: string, field: string): void {
  if (password === '') {
    throw keyError(
      'password-empty',
      'ต้องตั้งรหัสผ่านเพื่อป้องกันกุญแจลับ รหัสผ่านว่างไม่ได้',
      'A password is needed to protect the secret key; it cannot be empty',
      field,
    );
  }
  if (/[\r\n\0]/.test(password) || utf8(password).length > PASSWORD_MAX_BYTES) {
    throw keyError(
      'password-form',
      `รหัสผ่านต้องอยู่ในบรรทัดเดียวและยาวไม่เกิน ${PASSWORD_MAX_BYTES} ไบต์ เพื่อให้ minisign และ age อ่านได้`,
      `The password must be one line of at most ${PASSWORD_MAX_BYTES} bytes, so that minisign and age can read it`,
      field,
    );
  }
}

function checksumOf(keyNumber: Uint8Array, sodiumSecret: Uint8Array): Uint8Array {
  return blake2b(concatBytes(SIG_ALG, keyNumber, sodiumSecret), { dkLen: 32 });
}

function xor(data: Uint8Array, stream: Uint8Array): Uint8Array {
  return data.map((byte, i) => byte ^ stream[i]!);
}

function u64le(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(value), true);
  return bytes;
}

function readU64le(bytes: Uint8Array, at: number): number {
  const value = new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

function checkLimits(limits: ScryptLimits): ScryptParams {
  const params = minisignScryptParams(limits);
  const isValid = [limits.opsLimit, limits.memLimit].every((n) => Number.isSafeInteger(n) && n > 0);
  if (!isValid || params.logN > MAX_LOG_N || params.p < 1 || params.p > MAX_P) {
    throw keyError(
      'kdf-limits',
      'ค่าการป้องกันด้วยรหัสผ่านของกุญแจลับ minisign สูงหรือผิดปกติเกินกว่าที่ minisign เขียน',
      "The minisign secret key's password protection asks for more work than minisign itself uses, or is malformed",
      'minisign secret key',
    );
  }
  return params;
}

/**
 * minisign's password-protected secret key file (`minisign -G`): the key number, secret key and
 * checksum XORed with an scrypt stream. Lower limits are for tests only: the defaults are minisign's.
 * The scrypt runs in steps that yield to the event loop, so that a host stays responsive meanwhile.
 */
export async function encryptMinisignSecretKey(
  key: MinisignSecretKey,
  password: string,
  options: Partial<ScryptLimits> = {},
): Promise<string> {
  checkNewPassword(password, 'minisign secret key');
  const limits = { ...MINISIGN_DEFAULT_LIMITS, ...options };
  const params = checkLimits(limits);
  const salt = crypto.getRandomValues(new Uint8Array(32));
  const keyNumber = keyIdToBytes(key.keyId);
  const sodiumSecret = concatBytes(key.seed, key.publicKey);
  const keynumSk = concatBytes(keyNumber, sodiumSecret, checksumOf(keyNumber, sodiumSecret));
  const stream = await scryptAsync(utf8(password), salt, scryptOptions(params, 50));
  const bytes = concatBytes(
    SIG_ALG,
    KDF_SCRYPT,
    CHECKSUM_ALG,
    salt,
    u64le(limits.opsLimit),
    u64le(limits.memLimit),
    xor(keynumSk, stream),
  );
  return `${COMMENT_LINE}\n${toBase64(bytes)}\n`;
}

/** The decoded key of a minisign secret key file, or null when it is not one. */
function secretKeyBytes(text: string): Uint8Array | null {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (!lines[0]?.startsWith('untrusted comment: ') || lines[1] === undefined) return null;
  const bytes = fromBase64(lines[1]);
  return bytes?.length === SECRET_KEY_BYTES ? bytes : null;
}

export function isPasswordProtectedMinisignKey(text: string): boolean {
  const bytes = secretKeyBytes(text);
  return bytes !== null && bytesEqual(bytes.subarray(2, 4), KDF_SCRYPT);
}

/**
 * Opens minisign's password-protected secret key file. A key without a password (`minisign -G -W`,
 * or as the host keeps it) is read as it is: the password is not needed for it.
 */
export async function decryptMinisignSecretKey(
  text: string,
  password: string,
): Promise<MinisignSecretKey> {
  const bytes = secretKeyBytes(text);
  if (bytes === null || !isPasswordProtectedMinisignKey(text)) return parseSecretKey(text);
  if (
    !bytesEqual(bytes.subarray(0, 2), SIG_ALG) ||
    !bytesEqual(bytes.subarray(4, 6), CHECKSUM_ALG)
  ) {
    throw keyError(
      'minisign-algorithm',
      'กุญแจลับ minisign ใช้อัลกอริทึมที่โปรแกรมนี้และ minisign ไม่รู้จัก (ต้องเป็น Ed และ B2)',
      'The minisign secret key names an algorithm that neither this app nor minisign knows (Ed and B2 expected)',
      'minisign secret key',
    );
  }
  const limits = {
    opsLimit: readU64le(bytes, LIMITS_AT),
    memLimit: readU64le(bytes, LIMITS_AT + 8),
  };
  const salt = bytes.subarray(SALT_AT, LIMITS_AT);
  const stream = await scryptAsync(utf8(password), salt, scryptOptions(checkLimits(limits), 50));
  const keynumSk = xor(bytes.subarray(KEYNUM_SK_AT), stream);
  const keyNumber = keynumSk.subarray(0, 8);
  const sodiumSecret = keynumSk.subarray(8, 72);
  if (!bytesEqual(checksumOf(keyNumber, sodiumSecret), keynumSk.subarray(72))) {
    throw keyError(
      'wrong-password',
      'รหัสผ่านของกุญแจลับ minisign ไม่ถูกต้อง (หรือแฟ้มกุญแจเสียหาย) โปรดตรวจรหัสผ่านแล้วลองใหม่',
      'The password of the minisign secret key is wrong (or the key file is damaged); check the password and try again',
      'minisign secret key',
    );
  }
  const key = {
    keyId: keyIdFromBytes(keyNumber),
    seed: sodiumSecret.slice(0, 32),
    publicKey: sodiumSecret.slice(32),
  };
  // Unlocked, it is an unprotected key: the one parser checks the rest (the halves belong together).
  return parseSecretKey(secretKeyFileText(key));
}

/** The binary age file inside an armored or binary input, or null when it is not age-encrypted. */
function ageFileBytes(data: string | Uint8Array): Uint8Array | null {
  if (typeof data !== 'string' && isAgeEncrypted(data)) return data;
  const text = typeof data === 'string' ? data : decodeUtf8(data);
  if (text === null || !text.trimStart().startsWith(AGE_ARMOR_BEGIN)) return null;
  try {
    return armor.decode(text);
  } catch {
    throw damagedAgeFile();
  }
}

export function isPasswordProtectedAgeIdentity(data: string | Uint8Array): boolean {
  if (typeof data !== 'string' && isAgeEncrypted(data)) return true;
  const text = typeof data === 'string' ? data : decodeUtf8(data);
  return text !== null && text.trimStart().startsWith(AGE_ARMOR_BEGIN);
}

function damagedAgeFile(): UserFacingError {
  return keyError(
    'age-damaged',
    'แฟ้มกุญแจลับ age ที่ป้องกันด้วยรหัสผ่านเสียหายหรือไม่ครบ',
    'The password-protected age secret key file is damaged or incomplete',
    'age secret key',
  );
}

/**
 * The identity file encrypted with a passphrase as `age -p -a` does (scrypt, ASCII armor), so that
 * `age -d -i` asks for the passphrase and uses it. The work factor is age's own unless a test lowers it.
 */
export async function encryptAgeIdentityFile(
  identityFileText: string,
  password: string,
  options: { scryptWorkFactor?: number } = {},
): Promise<string> {
  parseAgeIdentityFile(identityFileText);
  checkNewPassword(password, 'age secret key');
  const encrypter = new Encrypter();
  encrypter.setPassphrase(password);
  if (options.scryptWorkFactor !== undefined) {
    encrypter.setScryptWorkFactor(options.scryptWorkFactor);
  }
  return armor.encode(await encrypter.encrypt(identityFileText));
}

/** The identity file inside a passphrase-encrypted age file; an unprotected identity file as it is. */
export async function decryptAgeIdentityFile(
  armoredOrBinary: string | Uint8Array,
  password: string,
): Promise<string> {
  const encrypted = ageFileBytes(armoredOrBinary);
  if (encrypted === null) {
    const text =
      (typeof armoredOrBinary === 'string' ? armoredOrBinary : decodeUtf8(armoredOrBinary)) ?? '';
    parseAgeIdentityFile(text);
    return text;
  }
  if (!hasScryptStanza(encrypted)) {
    throw keyError(
      'age-not-passphrase',
      'แฟ้มนี้เข้ารหัสถึงกุญแจ age ไม่ได้ป้องกันด้วยรหัสผ่าน จึงไม่ใช่สำเนากุญแจลับที่เปิดด้วยรหัสผ่านได้',
      'This file is encrypted to an age key, not with a password: it is not a password-protected key backup',
      'age secret key',
    );
  }
  const decrypter = new Decrypter();
  decrypter.addPassphrase(password);
  let text: string;
  try {
    text = await decrypter.decrypt(encrypted, 'text');
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message.includes('no identity matched')) {
      throw keyError(
        'wrong-password',
        'รหัสผ่านของกุญแจลับ age ไม่ถูกต้อง โปรดตรวจรหัสผ่านแล้วลองใหม่',
        'The password of the age secret key is wrong; check the password and try again',
        'age secret key',
      );
    }
    throw damagedAgeFile();
  }
  parseAgeIdentityFile(text);
  return text;
}

/** age's header lists its stanzas as `-> type args` lines before the `---` MAC line. */
function hasScryptStanza(file: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(file.subarray(0, 4096));
  const header = head.split('\n---')[0] ?? '';
  return header.split('\n').some((line) => line.startsWith('-> scrypt '));
}
