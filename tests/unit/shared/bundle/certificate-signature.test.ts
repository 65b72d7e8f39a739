import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from '@shared/bundle/bytes';
import {
  CERTIFICATE_PREFIX,
  certificateRefusalText,
  checkCertificate,
  signCertificate,
  type CertificateSigner,
} from '@shared/bundle/certificate-signature';
import {
  generateMinisignKeyPair,
  signMinisign,
  type MinisignKeyPair,
} from '@shared/bundle/minisign';
import type { TrustedKey } from '@shared/bundle/read-bundle';
import type { CertificateFacts } from '@shared/domain/training/certificate';

const facts: CertificateFacts = {
  v: 1,
  no: 'C6501-1/2569/0042',
  name: 'นางสาวกิ่งแก้ว ศรีสุข',
  course: 'การจัดการรายกรณีสำหรับ อพม.',
  round: 3,
  from: '2026-03-21',
  to: '2026-03-23',
  org: 'C6501',
  by: 'C6501-1',
  on: '2026-03-23',
};

const pair = generateMinisignKeyPair();
const signerOf =
  (keys: MinisignKeyPair): CertificateSigner =>
  async (message, trustedComment) =>
    signMinisign(message, keys.secretKey, trustedComment);

function trusting(
  id: string,
  keys: MinisignKeyPair,
  revokedAt: string | null = null,
): (installationId: string) => TrustedKey | null {
  return (installationId) => (installationId === id ? { ...keys.publicKey, revokedAt } : null);
}

/** The facts part of a code replaced by other bytes, the signature kept. */
function withFacts(code: string, json: string): string {
  const [, signature] = code.slice(CERTIFICATE_PREFIX.length).split('.');
  return `${CERTIFICATE_PREFIX}${toBase64(utf8(json))}.${signature}`;
}

function factsJsonOf(code: string): string {
  const [factsPart] = code.slice(CERTIFICATE_PREFIX.length).split('.');
  return new TextDecoder().decode(fromBase64(factsPart!)!);
}

describe('a certificate’s signed QR text', () => {
  it('checks as valid with the issuing installation’s key, and gives back the facts', async () => {
    const code = await signCertificate(facts, signerOf(pair));
    expect(code.startsWith(CERTIFICATE_PREFIX)).toBe(true);
    expect(checkCertificate(code, trusting('C6501-1', pair))).toEqual({ ok: true, facts });
    // Spaces and a line end around it, as a scanner or a paste may add, do not matter.
    expect(checkCertificate(` ${code}\n`, trusting('C6501-1', pair)).ok).toBe(true);
  });

  it('is refused as altered when any fact changes', async () => {
    const code = await signCertificate(facts, signerOf(pair));
    const altered = withFacts(code, factsJsonOf(code).replace('กิ่งแก้ว', 'กิ่งก้อย'));
    const check = checkCertificate(altered, trusting('C6501-1', pair));
    expect(check).toMatchObject({ ok: false, reason: 'signature' });
    expect(check.facts?.name).toBe('นางสาวกิ่งก้อย ศรีสุข');
  });

  it('is refused as altered when signed by another key than the keyring gives the issuer', async () => {
    const forger = generateMinisignKeyPair();
    const code = await signCertificate(facts, signerOf(forger));
    expect(checkCertificate(code, trusting('C6501-1', pair))).toMatchObject({
      ok: false,
      reason: 'signature',
    });
  });

  it('is refused when the keyring does not know the issuing installation', async () => {
    const code = await signCertificate(facts, signerOf(pair));
    expect(checkCertificate(code, trusting('C6501-2', pair))).toMatchObject({
      ok: false,
      reason: 'unknown-issuer',
      facts,
    });
  });

  it('is refused when the key was revoked before the issue date, not when revoked after', async () => {
    const code = await signCertificate(facts, signerOf(pair));
    const before = checkCertificate(code, trusting('C6501-1', pair, '2026-03-01T00:00:00.000Z'));
    expect(before).toMatchObject({ ok: false, reason: 'revoked' });
    const after = checkCertificate(code, trusting('C6501-1', pair, '2026-06-01T00:00:00.000Z'));
    expect(after.ok).toBe(true);
  });

  it('is refused as malformed when cut short, not of this format, or not facts', async () => {
    const code = await signCertificate(facts, signerOf(pair));
    const trust = trusting('C6501-1', pair);
    const refusal = (text: string) => {
      const check = checkCertificate(text, trust);
      return check.ok ? 'ok' : check.reason;
    };
    expect(refusal(code.slice(0, code.length - 20))).toBe('malformed');
    expect(refusal(code.slice(0, code.indexOf('.')))).toBe('malformed');
    expect(refusal('OPM-P:00000000-0000-4000-8000-000000000001')).toBe('malformed');
    expect(refusal(`${code}.extra`)).toBe('malformed');
    expect(refusal(withFacts(code, '{"v":1}'))).toBe('malformed');
    expect(refusal(withFacts(code, 'not json'))).toBe('malformed');
    expect(refusal('')).toBe('malformed');
  });

  it('refuses to sign when the signer does not answer a minisign signature', async () => {
    await expect(signCertificate(facts, async () => 'not a signature')).rejects.toMatchObject({
      code: 'certificate.sign',
    });
  });

  it('says every refusal in Thai and English', () => {
    for (const reason of ['malformed', 'unknown-issuer', 'revoked', 'signature'] as const) {
      const text = certificateRefusalText(reason);
      expect(text.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(text.en).toMatch(/certificate|text/i);
    }
  });
});
