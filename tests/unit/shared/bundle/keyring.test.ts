import { describe, expect, it } from 'vitest';
import { parseKeyring, trustFromKeyring, type Keyring } from '@shared/bundle/keyring';
import { publicKeyBase64 } from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import {
  codeOf,
  makeInstallation,
  sampleFields,
  sampleTables,
  type Installation,
} from './bundle-fixture';

function keyringOf(installations: Installation[], revokedAt: string | null = null): Keyring {
  return {
    format: 'opm-keyring',
    version: 1,
    installations: installations.map((installation) => ({
      id: installation.id,
      organisation: installation.id.split('-')[0]!,
      minisignPublicKey: publicKeyBase64(installation.signing.publicKey),
      ageRecipient: installation.age.recipient,
      validFrom: '2026-01-01T00:00:00.000Z',
      revokedAt,
    })),
  };
}

describe('keyring', () => {
  it('reads back a keyring and gives verifyBundle the issuer key', async () => {
    const centre = await makeInstallation('C6501-1');
    const department = await makeInstallation('DSDW-1');
    const keyring = parseKeyring(JSON.stringify(keyringOf([centre, department])));
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [department.age.recipient],
    });
    const trust = trustFromKeyring(keyring);
    expect(trust('C6501-2')).toBeNull();
    expect(trust('C6501-1')?.keyId).toBe(centre.signing.publicKey.keyId);
    const verified = await verifyBundle(written.bytes, {
      trust,
      identities: [department.age.identity],
    });
    expect(verified.manifest.issuer).toBe('C6501-1');
  });

  it('carries revocation, so a bundle signed after it is refused', async () => {
    const centre = await makeInstallation('C6501-1');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [centre.age.recipient],
    });
    const trust = trustFromKeyring(keyringOf([centre], '2026-06-01T00:00:00.000Z'));
    expect(
      await codeOf(verifyBundle(written.bytes, { trust, identities: [centre.age.identity] })),
    ).toBe('bundle.signature.revoked');
  });

  it('rejects a keyring that is not JSON, of another format, or inconsistent', async () => {
    const centre = await makeInstallation('C6501-1');
    const good = keyringOf([centre]);
    const entry = good.installations[0]!;
    const variants: unknown[] = [
      { ...good, format: 'other' },
      { ...good, installations: [{ ...entry, organisation: 'C6502' }] },
      { ...good, installations: [{ ...entry, minisignPublicKey: 'RWQ' }] },
      { ...good, installations: [{ ...entry, ageRecipient: 'age1short' }] },
      { ...good, installations: [{ ...entry, revokedAt: '2025-01-01T00:00:00.000Z' }] },
      { ...good, installations: [entry, entry] },
      { ...good, installations: [{ ...entry, extra: 1 }] },
    ];
    expect(await codeOf(() => parseKeyring('{'))).toBe('bundle.keyring.json');
    for (const variant of variants) {
      expect(await codeOf(() => parseKeyring(JSON.stringify(variant)))).toBe(
        'bundle.keyring.schema',
      );
    }
  });
});
