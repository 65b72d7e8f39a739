import { describe, expect, it } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import {
  ageIdentityFileText,
  decryptWithIdentities,
  encryptForRecipients,
  generateAgeKeyPair,
  isAgeEncrypted,
  parseAgeIdentityFile,
  recipientOf,
} from '@shared/bundle/age';
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
