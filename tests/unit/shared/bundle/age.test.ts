import { describe, expect, it } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import { Decrypter, identityToRecipient } from 'age-encryption';
import {
  AGE_MAX_HEADER_BYTES,
  ageHeaderOf,
  ageIdentityFileText,
  decryptWithIdentities,
  encryptForRecipients,
  generateAgeKeyPair,
  identityFromFileKey,
  isAgeEncrypted,
  parseAgeIdentityFile,
  recipientOf,
  x25519SecretOf,
} from '@shared/bundle/age';
import { UserFacingError } from '@shared/errors';
import { codeOf } from './bundle-fixture';

describe('age keys and encryption', () => {
  it('writes an identity file as age-keygen does and reads it back', async () => {
    const pair = await generateAgeKeyPair();
    expect(pair.recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(pair.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    const text = ageIdentityFileText(pair, new Date('2026-11-22T09:30:00.123Z'));
    expect(text).toBe(
      `# created: 2026-11-22T09:30:00Z\n# public key: ${pair.recipient}\n${pair.identity}\n`,
    );
    expect(parseAgeIdentityFile(text)).toEqual([pair.identity]);
    expect(await recipientOf(pair.identity)).toBe(pair.recipient);
  });

  it('encrypts to several recipients, each of whom can decrypt', async () => {
    const [a, b] = [await generateAgeKeyPair(), await generateAgeKeyPair()];
    const plain = utf8('ข้อมูลอาสาสมัคร');
    const sealed = await encryptForRecipients(plain, [a.recipient, b.recipient]);
    expect(isAgeEncrypted(sealed)).toBe(true);
    expect(isAgeEncrypted(plain)).toBe(false);
    expect(await decryptWithIdentities(sealed, [a.identity])).toEqual(plain);
    expect(await decryptWithIdentities(sealed, [b.identity])).toEqual(plain);
  });

  it('says plainly when no identity of this installation matches', async () => {
    const [a, other] = [await generateAgeKeyPair(), await generateAgeKeyPair()];
    const sealed = await encryptForRecipients(utf8('x'), [a.recipient]);
    expect(await codeOf(decryptWithIdentities(sealed, [other.identity]))).toBe(
      'bundle.age.no-identity',
    );
    expect(await codeOf(decryptWithIdentities(sealed, []))).toBe('bundle.age.no-identity');
  });

  it('refuses damaged ciphertext, bad keys and no recipients', async () => {
    const a = await generateAgeKeyPair();
    const sealed = await encryptForRecipients(utf8('hello'), [a.recipient]);
    const damaged = sealed.slice();
    damaged[damaged.length - 5]! ^= 1;
    expect(await codeOf(decryptWithIdentities(damaged, [a.identity]))).toBe('bundle.age.corrupt');
    expect(await codeOf(decryptWithIdentities(sealed, ['AGE-SECRET-KEY-1XYZ']))).toBe(
      'bundle.age.identity',
    );
    expect(await codeOf(encryptForRecipients(utf8('x'), []))).toBe('bundle.age.no-recipients');
    expect(await codeOf(encryptForRecipients(utf8('x'), ['age1nope']))).toBe(
      'bundle.age.recipient',
    );
    expect(await codeOf(() => parseAgeIdentityFile('# only a comment\n'))).toBe(
      'bundle.age.identity',
    );
  });
});

/** An X25519 private key the way a browser keeps it: imported from the scalar, never exported. */
async function cryptoKeyOf(identity: string): Promise<CryptoKey> {
  const pkcs8 = Uint8Array.from([
    ...[0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e],
    ...[0x04, 0x22, 0x04, 0x20],
    ...x25519SecretOf(identity),
  ]);
  return crypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, ['deriveBits']);
}

describe('age headers and delegated decryption', () => {
  it('cuts the header after its MAC line, which alone gives the file key', async () => {
    const [a, b] = [await generateAgeKeyPair(), await generateAgeKeyPair()];
    const plain = utf8('ข้อมูล'.repeat(1000));
    const sealed = await encryptForRecipients(plain, [a.recipient, b.recipient]);
    const header = ageHeaderOf(sealed);
    const text = new TextDecoder().decode(header);
    expect(text.startsWith('age-encryption.org/v1\n-> X25519 ')).toBe(true);
    expect(text).toMatch(/\n--- [A-Za-z0-9+/]{43}\n$/);
    expect(text.match(/^-> X25519 /gm)).toHaveLength(2);
    expect(sealed.subarray(0, header.length)).toEqual(header);

    const decrypter = new Decrypter();
    decrypter.addIdentity(a.identity);
    const fileKey = await decrypter.decryptHeader(header);
    expect(await decryptWithIdentities(sealed, [identityFromFileKey(fileKey)])).toEqual(plain);
  });

  it("refuses, by its MAC, a file key that is not the file's", async () => {
    const a = await generateAgeKeyPair();
    const sealed = await encryptForRecipients(utf8('x'), [a.recipient]);
    const wrong = identityFromFileKey(crypto.getRandomValues(new Uint8Array(16)));
    expect(await codeOf(decryptWithIdentities(sealed, [wrong]))).toBe('bundle.age.corrupt');
  });

  it('says clearly when there is no header to cut', async () => {
    const a = await generateAgeKeyPair();
    const sealed = await encryptForRecipients(utf8('x'), [a.recipient]);
    const header = ageHeaderOf(sealed);
    expect(await codeOf(() => ageHeaderOf(utf8('PK\x03\x04 a zip')))).toBe(
      'bundle.age.not-encrypted',
    );
    expect(await codeOf(() => ageHeaderOf(header.subarray(0, header.length - 1)))).toBe(
      'bundle.age.header',
    );
    expect(await codeOf(() => ageHeaderOf(header.subarray(0, header.length - 10)))).toBe(
      'bundle.age.header',
    );
    const endless = new Uint8Array(AGE_MAX_HEADER_BYTES + 100).fill(0x41);
    endless.set(utf8('age-encryption.org/v1\n'));
    expect(await codeOf(() => ageHeaderOf(endless))).toBe('bundle.age.header');
  });

  it("passes on an identity's own refusal instead of calling the file damaged", async () => {
    const a = await generateAgeKeyPair();
    const sealed = await encryptForRecipients(utf8('x'), [a.recipient]);
    const refusing = {
      unwrapFileKey: async () => {
        throw new UserFacingError('keys.none', { th: 'ไม่มีกุญแจ', en: 'No keys' });
      },
    };
    expect(await codeOf(decryptWithIdentities(sealed, [refusing]))).toBe('keys.none');
  });

  it('opens a file with a non-extractable X25519 CryptoKey', async () => {
    const a = await generateAgeKeyPair();
    const key = await cryptoKeyOf(a.identity);
    expect(key.extractable).toBe(false);
    expect(await identityToRecipient(key)).toBe(a.recipient);
    const sealed = await encryptForRecipients(utf8('ลับ'), [a.recipient]);
    expect(await decryptWithIdentities(sealed, [key])).toEqual(utf8('ลับ'));
  });

  it('reads the X25519 scalar of an identity and refuses a broken checksum', async () => {
    const a = await generateAgeKeyPair();
    expect(x25519SecretOf(a.identity)).toHaveLength(32);
    expect(x25519SecretOf(a.identity.toLowerCase())).toEqual(x25519SecretOf(a.identity));
    const last = a.identity.at(-1)!;
    const broken = a.identity.slice(0, -1) + (last === 'Q' ? 'P' : 'Q');
    expect(await codeOf(() => x25519SecretOf(broken))).toBe('bundle.age.identity');
    expect(await codeOf(() => x25519SecretOf(a.recipient))).toBe('bundle.age.identity');
  });
});
