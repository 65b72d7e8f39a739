import { beforeAll, describe, expect, it } from 'vitest';
import { Decrypter } from 'age-encryption';
import { ageHeaderOf, identityFromFileKey, x25519SecretOf } from '@shared/bundle/age';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle, type WrittenBundle } from '@shared/bundle/write-bundle';
import {
  codeOf,
  makeInstallation,
  sampleFields,
  sampleTables,
  trusting,
  type Installation,
} from './bundle-fixture';

let centre: Installation;
let department: Installation;
let outsider: Installation;
let written: WrittenBundle;

beforeAll(async () => {
  [centre, department, outsider] = await Promise.all([
    makeInstallation('C6501-1'),
    makeInstallation('DSDW-1'),
    makeInstallation('C6502-1'),
  ]);
  written = await writeBundle({
    manifestFields: sampleFields(),
    tables: sampleTables(),
    secretKey: centre.signing.secretKey,
    recipients: [department.age.recipient, centre.age.recipient],
  });
});

const read = (identities: Parameters<typeof verifyBundle>[1]['identities']) =>
  verifyBundle(written.bytes, { trust: trusting(centre), identities });

describe('identities that open an encrypted bundle', () => {
  it('opens it with an X25519 CryptoKey the browser will not export', async () => {
    const pkcs8 = Uint8Array.from([
      ...[0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e],
      ...[0x04, 0x22, 0x04, 0x20],
      ...x25519SecretOf(department.age.identity),
    ]);
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, [
      'deriveBits',
    ]);
    expect((await read([key])).manifestSha256).toBe(written.manifestSha256);
  });

  it('opens it with the file key the host found from the header alone', async () => {
    const host = new Decrypter();
    host.addIdentity(department.age.identity);
    const fileKey = await host.decryptHeader(ageHeaderOf(written.bytes));
    const bundle = await read([identityFromFileKey(fileKey)]);
    expect(bundle.tables.volunteers).toHaveLength(3);
  });

  it('tries each identity in turn, and says so when none of them is a recipient', async () => {
    const noMatch = { unwrapFileKey: async () => null };
    expect((await read([outsider.age.identity, noMatch, centre.age.identity])).encrypted).toBe(
      true,
    );
    expect(await codeOf(read([outsider.age.identity, noMatch]))).toBe('bundle.age.no-identity');
  });
});
