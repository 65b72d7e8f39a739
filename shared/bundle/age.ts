// age X25519 keys and whole-file encryption, in the text and binary formats of the age tools.
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { UserFacingError } from '../errors';
import { bytesEqual, utf8 } from './bytes';

/** `identity` is `AGE-SECRET-KEY-1…`, `recipient` is `age1…`. */
export type AgeKeyPair = { identity: string; recipient: string };

const AGE_MAGIC = utf8('age-encryption.org/v1\n');

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
  identities: readonly string[],
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

function invalidIdentity(): UserFacingError {
  return new UserFacingError('bundle.age.identity', {
    th: 'กุญแจลับ age ไม่ถูกต้อง',
    en: 'The age secret key is not valid',
  });
}
