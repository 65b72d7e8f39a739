import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64, utf8 } from '@shared/bundle/bytes';
import {
  generateMinisignKeyPair,
  keyIdFromBytes,
  keyIdToBytes,
  parsePublicKey,
  parseSecretKey,
  publicKeyFileText,
  secretKeyFileText,
  signMinisign,
  signMinisignWith,
  verifyMinisign,
  type MinisignSecretKey,
} from '@shared/bundle/minisign';
import { ed25519 } from '@noble/curves/ed25519.js';
import { codeOf } from './bundle-fixture';

const message = utf8('{"format":"opm-bundle"}\n');

describe('minisign keys', () => {
  it('prints the key id as minisign does: the 8 key-number bytes read as a little-endian u64', () => {
    // From `minisign -G`: key number bytes e7 0c 44 34 ca db 43 7a print as 7A43DBCA34440CE7.
    const bytes = Uint8Array.from([0xe7, 0x0c, 0x44, 0x34, 0xca, 0xdb, 0x43, 0x7a]);
    expect(keyIdFromBytes(bytes)).toBe('7A43DBCA34440CE7');
    expect(keyIdToBytes('7A43DBCA34440CE7')).toEqual(bytes);
  });

  it('reads a public key file minisign wrote', () => {
    const key = parsePublicKey(
      'untrusted comment: minisign public key 7A43DBCA34440CE7\n' +
        'RWTnDEQ0yttDejzT+UjVAmiADp73Ce2MUAKWHFr5as0arTk3Kll3ohw0\n',
    );
    expect(key.keyId).toBe('7A43DBCA34440CE7');
    expect(publicKeyFileText(key)).toBe(
      'untrusted comment: minisign public key 7A43DBCA34440CE7\n' +
        'RWTnDEQ0yttDejzT+UjVAmiADp73Ce2MUAKWHFr5as0arTk3Kll3ohw0\n',
    );
  });

  it('writes and reads back public and unencrypted secret key files', () => {
    const { publicKey, secretKey } = generateMinisignKeyPair();
    expect(publicKey.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(parsePublicKey(publicKeyFileText(publicKey))).toEqual(publicKey);
    const text = secretKeyFileText(secretKey);
    expect(text.startsWith('untrusted comment: minisign encrypted secret key\n')).toBe(true);
    expect(parseSecretKey(text)).toEqual(secretKey);
  });

  it('refuses a secret key whose checksum does not match', async () => {
    const lines = secretKeyFileText(generateMinisignKeyPair().secretKey).split('\n');
    const bytes = fromBase64(lines[1]!)!;
    bytes[100]! ^= 1;
    const broken = `${lines[0]}\n${toBase64(bytes)}\n`;
    expect(await codeOf(() => parseSecretKey(broken))).toBe('bundle.minisign.secret-key');
  });

  it('refuses a password-protected secret key with a hint', () => {
    const lines = secretKeyFileText(generateMinisignKeyPair().secretKey).split('\n');
    const bytes = fromBase64(lines[1]!)!;
    bytes.set(utf8('Sc'), 2);
    expect(() => parseSecretKey(`${lines[0]}\n${toBase64(bytes)}\n`)).toThrow(/password/);
  });
});

describe('minisign signatures', () => {
  const { publicKey, secretKey } = generateMinisignKeyPair();

  it('writes the four lines of a .minisig and verifies them', () => {
    const text = signMinisign(message, secretKey, 'opm-bundle v1 C6501-1 1 abc');
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('untrusted comment: signature from minisign secret key');
    expect(fromBase64(lines[1]!)!.subarray(0, 2)).toEqual(utf8('ED'));
    expect(lines[2]).toBe('trusted comment: opm-bundle v1 C6501-1 1 abc');
    expect(lines[4]).toBe('');
    expect(verifyMinisign(message, text, publicKey)).toEqual({
      ok: true,
      trustedComment: 'opm-bundle v1 C6501-1 1 abc',
    });
  });

  it('accepts CRLF line ends, as after a trip through Windows mail', () => {
    const text = signMinisign(message, secretKey, 'c').replaceAll('\n', '\r\n');
    expect(verifyMinisign(message, text, publicKey).ok).toBe(true);
  });

  it('refuses a changed message, an altered trusted comment and another key', () => {
    const text = signMinisign(message, secretKey, 'original');
    expect(verifyMinisign(utf8('other'), text, publicKey)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const altered = text.replace('trusted comment: original', 'trusted comment: forged');
    expect(verifyMinisign(message, altered, publicKey)).toEqual({
      ok: false,
      reason: 'trusted-comment',
    });
    const other = generateMinisignKeyPair().publicKey;
    expect(verifyMinisign(message, text, other)).toEqual({ ok: false, reason: 'key-mismatch' });
    const sameIdOtherKey = { ...other, keyId: publicKey.keyId };
    expect(verifyMinisign(message, text, sameIdOtherKey)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses legacy (not prehashed) signatures and malformed text', () => {
    const lines = signMinisign(message, secretKey, 'c').split('\n');
    const sig = fromBase64(lines[1]!)!;
    sig.set(utf8('Ed'), 0);
    lines[1] = toBase64(sig);
    expect(verifyMinisign(message, lines.join('\n'), publicKey)).toEqual({
      ok: false,
      reason: 'legacy-algorithm',
    });
    expect(verifyMinisign(message, 'garbage', publicKey)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses a trusted comment that spans lines', async () => {
    expect(await codeOf(() => signMinisign(message, secretKey, 'a\nb'))).toBe(
      'bundle.minisign.comment',
    );
  });

  it('verifies any message it signed, and no single-bit change of it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), (bytes, bit) => {
        const text = signMinisign(bytes, secretKey, 'p');
        expect(verifyMinisign(bytes, text, publicKey).ok).toBe(true);
        const changed = bytes.slice();
        changed[bit % changed.length]! ^= 1 << (bit % 8);
        expect(verifyMinisign(changed, text, publicKey).ok).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});

describe('minisign signatures made elsewhere', () => {
  const { publicKey, secretKey } = generateMinisignKeyPair();
  const rawSignerOf = (key: MinisignSecretKey) => async (bytes: Uint8Array) =>
    ed25519.sign(bytes, key.seed);

  it('writes the same bytes as signMinisign for the same key, message and comments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.string({ maxLength: 80 }).filter((c) => !/[\r\n]/.test(c)),
        async (bytes, comment) => {
          const text = await signMinisignWith(
            bytes,
            secretKey.keyId,
            rawSignerOf(secretKey),
            comment,
          );
          expect(text).toBe(signMinisign(bytes, secretKey, comment));
          expect(verifyMinisign(bytes, text, publicKey)).toEqual({
            ok: true,
            trustedComment: comment,
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('signs with a non-extractable WebCrypto key as with the seed', async () => {
    const pkcs8 = Uint8Array.from([
      ...[0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70],
      ...[0x04, 0x22, 0x04, 0x20],
      ...secretKey.seed,
    ]);
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
    const rawSign = async (bytes: Uint8Array) =>
      new Uint8Array(await crypto.subtle.sign('Ed25519', key, new Uint8Array(bytes)));
    const text = await signMinisignWith(message, secretKey.keyId, rawSign, 'c', 'u');
    expect(text).toBe(signMinisign(message, secretKey, 'c', 'u'));
  });

  it('refuses a comment on two lines, a malformed key id and a signer that gives no signature', async () => {
    const rawSign = rawSignerOf(secretKey);
    expect(await codeOf(signMinisignWith(message, secretKey.keyId, rawSign, 'a\rb'))).toBe(
      'bundle.minisign.comment',
    );
    expect(await codeOf(signMinisignWith(message, '7a43dbca34440ce7', rawSign, 'c'))).toBe(
      'bundle.minisign.key-id',
    );
    const short = async () => new Uint8Array(63);
    expect(await codeOf(signMinisignWith(message, secretKey.keyId, short, 'c'))).toBe(
      'bundle.minisign.signer',
    );
  });
});
