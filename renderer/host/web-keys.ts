// This installation's keys in a plain browser: non-extractable WebCrypto keys (Ed25519 for minisign,
// X25519 for age), kept in a database of their own. The browser signs and unwraps with them but
// never hands their secret halves to any script, this app's included.
import { Dexie, type EntityTable } from 'dexie';
import { identityToRecipient } from 'age-encryption';
import { UserFacingError } from '@shared/errors';
import type { HostArgs, InstallationKeys, KeyBackup } from '@shared/host';
import { x25519SecretOf } from '@shared/bundle/age';
import {
  fileKeyOfHeader,
  keysToKeep,
  noKeysYet,
  secretsFromBackup,
} from '@shared/bundle/installation-keys';
import { keyIdFromBytes, publicKeyBase64, signMinisignWith } from '@shared/bundle/minisign';

type StoredKeys = InstallationKeys & {
  slot: 'installation';
  signingKey: CryptoKey;
  ageKey: CryptoKey;
};

class KeyDB extends Dexie {
  keys!: EntityTable<StoredKeys, 'slot'>;
  constructor() {
    super('opm-keys', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ keys: 'slot' });
  }
}

const keyDb = new KeyDB();
const SLOT = 'installation';
// RFC 8410: the PKCS #8 wrapping of a 32-byte Ed25519 seed or X25519 scalar.
const ED25519_PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70,
];
const X25519_PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e,
];
const OCTET_STRING_OF_32 = [0x04, 0x22, 0x04, 0x20];

export async function createKeys(args: HostArgs<'keys:create'>): Promise<InstallationKeys> {
  const { installationId } = args;
  const replace = args.replace ?? false;
  const kept = keysToKeep(replace ? null : await publicKeys(), installationId, replace);
  if (kept !== null) return kept;
  const signing = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const age = await crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
  const rawPublicKey = new Uint8Array(await crypto.subtle.exportKey('raw', signing.publicKey));
  const keyId = keyIdFromBytes(crypto.getRandomValues(new Uint8Array(8)));
  const made = await storable(
    installationId,
    keyId,
    rawPublicKey,
    signing.privateKey,
    age.privateKey,
  );
  // Checked again with the write: another tab may have made keys meanwhile.
  return keyDb.transaction('rw', keyDb.keys, async () => {
    const existing = replace ? null : publicHalf(await keyDb.keys.get(SLOT));
    const keptMeanwhile = keysToKeep(existing, installationId, replace);
    if (keptMeanwhile !== null) return keptMeanwhile;
    await keyDb.keys.put(made);
    return publicHalf(made);
  });
}

export async function publicKeys(): Promise<InstallationKeys | null> {
  return publicHalf(await keyDb.keys.get(SLOT));
}

export async function signWithKeys(args: HostArgs<'keys:sign'>): Promise<{ signature: string }> {
  const stored = await storedKeys();
  const rawSign = async (bytes: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign('Ed25519', stored.signingKey, new Uint8Array(bytes)));
  return {
    signature: await signMinisignWith(args.message, stored.keyId, rawSign, args.trustedComment),
  };
}

export async function fileKeyOf(args: HostArgs<'keys:file-key'>): Promise<{ fileKey: Uint8Array }> {
  const stored = await storedKeys();
  return { fileKey: await fileKeyOfHeader(args.header, stored.ageKey, stored.installationId) };
}

export function refuseBackup(): Promise<KeyBackup> {
  return Promise.reject(
    new UserFacingError('keys.backup-unavailable', {
      th:
        'ในเว็บเบราว์เซอร์ กุญแจลับของเครื่องนี้ถูกเก็บแบบที่ส่งออกไม่ได้ แม้แต่โปรแกรมนี้เองก็อ่านไม่ได้ จึงสำรองกุญแจจากเบราว์เซอร์ไม่ได้ ' +
        'หากต้องการสำเนากุญแจที่สำรองไว้ได้ โปรดใช้โปรแกรมบนเดสก์ท็อป ซึ่งสร้างสำเนากุญแจที่ป้องกันด้วยรหัสผ่านได้',
      en:
        "In a web browser this installation's secret keys are kept unexportable: not even this app can read them, so they cannot be backed up from the browser. " +
        'To have a key backup, use the desktop app, which makes password-protected copies of its keys.',
    }),
  );
}

/** Keys restored from a backup, imported so that the browser will not export them again. */
export async function restoreKeys(args: HostArgs<'keys:restore'>): Promise<InstallationKeys> {
  const { minisign, ageIdentity } = await secretsFromBackup(
    { minisignKey: args.minisignKey, ageKey: args.ageKey },
    args.password,
  );
  const signingKey = await importPrivateKey('Ed25519', ED25519_PKCS8_PREFIX, minisign.seed, [
    'sign',
  ]);
  const ageKey = await importPrivateKey(
    'X25519',
    X25519_PKCS8_PREFIX,
    x25519SecretOf(ageIdentity),
    ['deriveBits'],
  );
  const restored = await storable(
    args.installationId,
    minisign.keyId,
    minisign.publicKey,
    signingKey,
    ageKey,
  );
  await keyDb.keys.put(restored);
  return publicHalf(restored);
}

async function storable(
  installationId: string,
  keyId: string,
  rawPublicKey: Uint8Array,
  signingKey: CryptoKey,
  ageKey: CryptoKey,
): Promise<StoredKeys> {
  return {
    slot: SLOT,
    installationId,
    keyId,
    minisignPublicKey: publicKeyBase64({ keyId, publicKey: rawPublicKey }),
    ageRecipient: await identityToRecipient(ageKey),
    createdAt: new Date().toISOString(),
    signingKey,
    ageKey,
  };
}

function publicHalf(stored: StoredKeys): InstallationKeys;
function publicHalf(stored: StoredKeys | undefined): InstallationKeys | null;
function publicHalf(stored: StoredKeys | undefined): InstallationKeys | null {
  if (stored === undefined) return null;
  const { slot: _slot, signingKey: _signing, ageKey: _age, ...keys } = stored;
  return keys;
}

async function storedKeys(): Promise<StoredKeys> {
  const stored = await keyDb.keys.get(SLOT);
  if (stored === undefined) throw noKeysYet();
  return stored;
}

function importPrivateKey(
  name: 'Ed25519' | 'X25519',
  prefix: readonly number[],
  secret: Uint8Array,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const pkcs8 = Uint8Array.from([...prefix, ...OCTET_STRING_OF_32, ...secret]);
  return crypto.subtle.importKey('pkcs8', pkcs8, { name }, false, usages);
}
