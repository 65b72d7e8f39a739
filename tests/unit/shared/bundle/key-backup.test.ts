import { describe, expect, it } from 'vitest';
import { armor } from 'age-encryption';
import { ageIdentityFileText, encryptForRecipients, generateAgeKeyPair } from '@shared/bundle/age';
import { fromBase64, toBase64, toHex, utf8 } from '@shared/bundle/bytes';
import {
  decryptAgeIdentityFile,
  decryptMinisignSecretKey,
  encryptAgeIdentityFile,
  encryptMinisignSecretKey,
  isPasswordProtectedAgeIdentity,
  isPasswordProtectedMinisignKey,
  MINISIGN_DEFAULT_LIMITS,
  minisignScryptParams,
} from '@shared/bundle/key-backup';
import {
  generateMinisignKeyPair,
  parseSecretKey,
  secretKeyFileText,
} from '@shared/bundle/minisign';
import { codeOf } from './bundle-fixture';

// scrypt N = 2^10: fast enough for unit tests. The interop tests use minisign's own limits.
const LOW = { opsLimit: 32_768, memLimit: 16 * 1024 * 1024 };
const PASSWORD = 'รหัสผ่าน ทดสอบ 1';

/**
 * Made without this code, by Python's hashlib (scrypt N=2^10 r=8 p=1, BLAKE2b-256) from RFC 8032's
 * first Ed25519 key, key number e7 0c 44 34 ca db 43 7a, salt 00 01 … 1f, and PASSWORD.
 */
const INDEPENDENT_KEY =
  'untrusted comment: minisign encrypted secret key\n' +
  'RWRTY0IyAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8AgAAAAAAAAAAAAAEAAAAAtALXB2tvMpB1wzDeLEVxGoDw' +
  'r2ndmVAx3nWZ8JCzpNTk/dkDIIL7ud70ofr1mDrVrgVvNTPfgRpbxhvu3AY40RH80ebAzm0jrBfM+VCThr8n2EdmwnXMdYcK' +
  'sj+xP3jzUfeW4BgmkjY=\n';

function keyBytes(text: string): Uint8Array {
  return fromBase64(text.split('\n')[1]!)!;
}

function withBytes(text: string, edit: (bytes: Uint8Array) => void): string {
  const bytes = keyBytes(text);
  edit(bytes);
  return `${text.split('\n')[0]}\n${toBase64(bytes)}\n`;
}

describe('minisign password-protected secret keys', () => {
  it('turns libsodium limits into scrypt parameters as libsodium pickparams does', () => {
    // minisign -G: OPSLIMIT_SENSITIVE and MEMLIMIT_SENSITIVE, 1 GiB.
    expect(minisignScryptParams(MINISIGN_DEFAULT_LIMITS)).toEqual({ logN: 20, r: 8, p: 1 });
    // libsodium's _INTERACTIVE limits, and rust-minisign's.
    expect(minisignScryptParams({ opsLimit: 524_288, memLimit: 16_777_216 })).toEqual({
      logN: 14,
      r: 8,
      p: 1,
    });
    expect(minisignScryptParams({ opsLimit: 1_048_576, memLimit: 33_554_432 })).toEqual({
      logN: 15,
      r: 8,
      p: 1,
    });
    // Work bounded by opsLimit (raised to at least 32768), and memory-bound with p above 1.
    expect(minisignScryptParams({ opsLimit: 1, memLimit: LOW.memLimit })).toEqual({
      logN: 10,
      r: 8,
      p: 1,
    });
    expect(minisignScryptParams({ opsLimit: 2 ** 28, memLimit: 2 ** 24 })).toEqual({
      logN: 14,
      r: 8,
      p: 512,
    });
  });

  it('opens a key encrypted independently of this code, and only with its password', async () => {
    expect(isPasswordProtectedMinisignKey(INDEPENDENT_KEY)).toBe(true);
    const key = await decryptMinisignSecretKey(INDEPENDENT_KEY, PASSWORD);
    expect(key.keyId).toBe('7A43DBCA34440CE7');
    expect(toHex(key.seed)).toBe(
      '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    );
    expect(toHex(key.publicKey)).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(await codeOf(decryptMinisignSecretKey(INDEPENDENT_KEY, 'รหัสผ่าน ทดสอบ 2'))).toBe(
      'bundle.key.wrong-password',
    );
  });

  it('writes minisign’s layout and reads it back with the password', async () => {
    const { secretKey } = generateMinisignKeyPair();
    const text = await encryptMinisignSecretKey(secretKey, PASSWORD, LOW);
    expect(text.split('\n')[0]).toBe('untrusted comment: minisign encrypted secret key');
    const bytes = keyBytes(text);
    expect(bytes).toHaveLength(158);
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('EdScB2');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getBigUint64(38, true)).toBe(BigInt(LOW.opsLimit));
    expect(view.getBigUint64(46, true)).toBe(BigInt(LOW.memLimit));
    // Neither the seed nor the key number is in the clear.
    expect(toHex(bytes)).not.toContain(toHex(secretKey.seed).slice(0, 16));
    expect(await decryptMinisignSecretKey(text, PASSWORD)).toEqual(secretKey);
    // A fresh salt each time.
    expect(await encryptMinisignSecretKey(secretKey, PASSWORD, LOW)).not.toBe(text);
    expect(() => parseSecretKey(text)).toThrow(/password/);
  });

  it('refuses a wrong password, and a file changed anywhere the password protects', async () => {
    const text = await encryptMinisignSecretKey(generateMinisignKeyPair().secretKey, PASSWORD, LOW);
    expect(await codeOf(decryptMinisignSecretKey(text, 'not it'))).toBe(
      'bundle.key.wrong-password',
    );
    expect(await codeOf(decryptMinisignSecretKey(text, ''))).toBe('bundle.key.wrong-password');
    for (const at of [6, 60, 130, 157]) {
      const changed = withBytes(text, (bytes) => (bytes[at]! ^= 1));
      expect(await codeOf(decryptMinisignSecretKey(changed, PASSWORD)), `byte ${at}`).toBe(
        'bundle.key.wrong-password',
      );
    }
  });

  it('refuses limits beyond what minisign writes, and unknown algorithms, before any work', async () => {
    const text = await encryptMinisignSecretKey(generateMinisignKeyPair().secretKey, PASSWORD, LOW);
    const greedy = withBytes(text, (bytes) => {
      const view = new DataView(bytes.buffer);
      view.setBigUint64(38, 2n ** 40n, true);
      view.setBigUint64(46, 2n ** 40n, true);
    });
    expect(await codeOf(decryptMinisignSecretKey(greedy, PASSWORD))).toBe('bundle.key.kdf-limits');
    const unknown = withBytes(text, (bytes) => bytes.set(utf8('B3'), 4));
    expect(await codeOf(decryptMinisignSecretKey(unknown, PASSWORD))).toBe(
      'bundle.key.minisign-algorithm',
    );
    expect(
      await codeOf(
        encryptMinisignSecretKey(generateMinisignKeyPair().secretKey, PASSWORD, {
          opsLimit: 2 ** 40,
          memLimit: 2 ** 34,
        }),
      ),
    ).toBe('bundle.key.kdf-limits');
  });

  it('reads an unprotected key as it is, and refuses to protect with an unusable password', async () => {
    const { secretKey } = generateMinisignKeyPair();
    const plain = secretKeyFileText(secretKey);
    expect(isPasswordProtectedMinisignKey(plain)).toBe(false);
    expect(await decryptMinisignSecretKey(plain, '')).toEqual(secretKey);
    expect(await codeOf(decryptMinisignSecretKey('not a key', PASSWORD))).toBe(
      'bundle.minisign.secret-key',
    );
    expect(await codeOf(encryptMinisignSecretKey(secretKey, '', LOW))).toBe(
      'bundle.key.password-empty',
    );
    expect(await codeOf(encryptMinisignSecretKey(secretKey, 'two\nlines', LOW))).toBe(
      'bundle.key.password-form',
    );
    expect(await codeOf(encryptMinisignSecretKey(secretKey, 'ก'.repeat(400), LOW))).toBe(
      'bundle.key.password-form',
    );
  });
});

describe('age passphrase-protected identity files', () => {
  async function identityFile(): Promise<string> {
    return ageIdentityFileText(await generateAgeKeyPair(), new Date('2026-11-22T09:30:00Z'));
  }
  const fast = { scryptWorkFactor: 10 };

  it('armors the identity file as age -p -a does and opens it, armored or binary', async () => {
    const text = await identityFile();
    const armored = await encryptAgeIdentityFile(text, PASSWORD, fast);
    expect(armored.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
    expect(armored.endsWith('-----END AGE ENCRYPTED FILE-----\n')).toBe(true);
    expect(armored).not.toContain('AGE-SECRET-KEY');
    expect(isPasswordProtectedAgeIdentity(armored)).toBe(true);
    expect(isPasswordProtectedAgeIdentity(text)).toBe(false);
    expect(await decryptAgeIdentityFile(armored, PASSWORD)).toBe(text);
    expect(await decryptAgeIdentityFile(utf8(armored), PASSWORD)).toBe(text);
    const binary = armor.decode(armored);
    expect(isPasswordProtectedAgeIdentity(binary)).toBe(true);
    expect(await decryptAgeIdentityFile(binary, PASSWORD)).toBe(text);
  });

  it('says so when the password is wrong, or the file is damaged', async () => {
    const armored = await encryptAgeIdentityFile(await identityFile(), PASSWORD, fast);
    expect(await codeOf(decryptAgeIdentityFile(armored, 'not it'))).toBe(
      'bundle.key.wrong-password',
    );
    const lines = armored.split('\n');
    lines[1] = lines[1]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await codeOf(decryptAgeIdentityFile(lines.join('\n'), PASSWORD))).toBe(
      'bundle.key.age-damaged',
    );
    expect(await codeOf(decryptAgeIdentityFile(armored.slice(0, 80), PASSWORD))).toBe(
      'bundle.key.age-damaged',
    );
  });

  it('refuses a file encrypted to a key rather than with a password', async () => {
    const pair = await generateAgeKeyPair();
    const sealed = await encryptForRecipients(utf8(await identityFile()), [pair.recipient]);
    expect(await codeOf(decryptAgeIdentityFile(sealed, PASSWORD))).toBe(
      'bundle.key.age-not-passphrase',
    );
  });

  it('reads an unprotected identity file as it is, and protects only identity files', async () => {
    const text = await identityFile();
    expect(await decryptAgeIdentityFile(text, '')).toBe(text);
    expect(await codeOf(decryptAgeIdentityFile('hello', PASSWORD))).toBe('bundle.age.identity');
    expect(await codeOf(encryptAgeIdentityFile('hello', PASSWORD, fast))).toBe(
      'bundle.age.identity',
    );
    expect(await codeOf(encryptAgeIdentityFile(text, '', fast))).toBe('bundle.key.password-empty');
  });
});
