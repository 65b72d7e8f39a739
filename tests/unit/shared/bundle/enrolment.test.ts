import { describe, expect, it } from 'vitest';
import {
  enrolmentFileName,
  enrolmentFileText,
  fingerprintOf,
  keyringEntryFromEnrolment,
  parseEnrolment,
  type Enrolment,
} from '@shared/bundle/enrolment';
import { keyringInstallationSchema } from '@shared/bundle/keyring';
import { publicKeyBase64 } from '@shared/bundle/minisign';
import { codeOf, makeInstallation } from './bundle-fixture';

// RFC 8032's first Ed25519 public key with key number e7 0c 44 34 ca db 43 7a, and a recipient from
// age-keygen; the digits were computed apart from this code (Python's hashlib).
const FIXED_KEY = 'RWTnDEQ0yttDetdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea';
const FIXED_RECIPIENT = 'age1vvf550vw75s3v22k4dlznmr30y6zkn36ft5se5rctpkk492t65as0tfm3u';

async function sampleEnrolment(): Promise<Enrolment> {
  const installation = await makeInstallation('C6501-2');
  return {
    format: 'opm-enrolment',
    version: 1,
    installationId: 'C6501-2',
    organisation: 'C6501',
    organisationName: 'ศูนย์ประสานงาน อพม. จังหวัดนราธิวาส',
    minisignPublicKey: publicKeyBase64(installation.signing.publicKey),
    ageRecipient: installation.age.recipient,
    createdAt: '2026-11-22T09:30:00.000Z',
  };
}

function errorOf(work: () => unknown): { code?: string; where?: { field?: string } } {
  try {
    work();
  } catch (error) {
    return error as { code?: string; where?: { field?: string } };
  }
  return {};
}

describe('enrolment', () => {
  it('gives the keys a fingerprint of 16 digits in fours, the same for the same keys', () => {
    expect(fingerprintOf(FIXED_KEY, FIXED_RECIPIENT)).toBe('1927 4936 1714 0236');
    const otherRecipient = FIXED_RECIPIENT.replace('age1vvf', 'age1vvg');
    expect(fingerprintOf(FIXED_KEY, otherRecipient)).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(fingerprintOf(FIXED_KEY, otherRecipient)).not.toBe('1927 4936 1714 0236');
  });

  it('writes the file with its fingerprint and reads it back', async () => {
    const enrolment = await sampleEnrolment();
    const text = enrolmentFileText(enrolment);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'installationId',
      'organisation',
      'organisationName',
      'minisignPublicKey',
      'ageRecipient',
      'createdAt',
      'fingerprint',
    ]);
    expect(json.fingerprint).toBe(
      fingerprintOf(enrolment.minisignPublicKey, enrolment.ageRecipient),
    );
    expect(parseEnrolment(text)).toEqual(enrolment);
    expect(enrolmentFileName('C6501-2')).toBe('C6501-2.opm-enrolment.json');
  });

  it('reads a file without the fingerprint, and refuses one whose fingerprint is not its keys', async () => {
    const enrolment = await sampleEnrolment();
    expect(parseEnrolment(JSON.stringify(enrolment))).toEqual(enrolment);
    const forged = { ...enrolment, fingerprint: '0000 0000 0000 0000' };
    expect(errorOf(() => parseEnrolment(JSON.stringify(forged))).where?.field).toBe('fingerprint');
  });

  it('names the field that is wrong', async () => {
    const good = await sampleEnrolment();
    const cases: [unknown, string][] = [
      [{ ...good, organisation: 'C6502' }, 'organisation'],
      [{ ...good, installationId: 'C6501' }, 'installationId'],
      [{ ...good, ageRecipient: 'age1short' }, 'ageRecipient'],
      [{ ...good, minisignPublicKey: 'RWQ' }, 'minisignPublicKey'],
      [{ ...good, organisationName: '   ' }, 'organisationName'],
      [{ ...good, createdAt: 'yesterday' }, 'createdAt'],
      [{ ...good, format: 'opm-keyring' }, 'format'],
    ];
    for (const [value, field] of cases) {
      const error = errorOf(() => parseEnrolment(JSON.stringify(value)));
      expect(error.code, field).toBe('bundle.enrolment.schema');
      expect(error.where?.field, field).toBe(field);
    }
    expect(await codeOf(() => parseEnrolment('{"format":'))).toBe('bundle.enrolment.json');
    expect(await codeOf(() => parseEnrolment(JSON.stringify({ ...good, extra: 1 })))).toBe(
      'bundle.enrolment.schema',
    );
  });

  it('becomes a keyring entry valid from the day the department adds it', async () => {
    const enrolment = await sampleEnrolment();
    const entry = keyringEntryFromEnrolment(enrolment, '2026-11-23T00:00:00.000Z');
    expect(keyringInstallationSchema.parse(entry)).toEqual({
      id: 'C6501-2',
      organisation: 'C6501',
      minisignPublicKey: enrolment.minisignPublicKey,
      ageRecipient: enrolment.ageRecipient,
      validFrom: '2026-11-23T00:00:00.000Z',
      revokedAt: null,
    });
  });
});
