import { describe, expect, it } from 'vitest';
import { decodeUtf8, utf8 } from '@shared/bundle/bytes';
import type { DepartmentKeys } from '@shared/bundle/department-keys';
import type { Keyring } from '@shared/bundle/keyring';
import {
  keyringFromBundle,
  verifyKeyringBundle,
  writeKeyringBundle,
} from '@shared/bundle/keyring-bundle';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import { extractZipEntry, readZipDirectory } from '@shared/bundle/zip-read';
import {
  codeOf,
  keyringEntryOf,
  makeInstallation,
  rezip,
  sampleFields,
  sampleTables,
  trusting,
  type Installation,
} from './bundle-fixture';

const createdAt = '2026-11-22T09:30:00.000Z';

async function setting() {
  const department = await makeInstallation('DSDW-1');
  const centres = await Promise.all(['C6501-1', 'C9601-2', 'C1001-1'].map(makeInstallation));
  const keyring: Keyring = {
    format: 'opm-keyring',
    version: 1,
    installations: [...centres, department].map((installation) => keyringEntryOf(installation)),
  };
  const departmentKeys: DepartmentKeys = {
    format: 'opm-department-keys',
    version: 1,
    installations: [keyringEntryOf(department)],
  };
  return { department, centres, keyring, departmentKeys };
}

function written(keyring: Keyring, signer: Installation, issuer = signer.id) {
  return writeKeyringBundle({
    keyring,
    issuer,
    sequence: 3,
    previous: 'b'.repeat(64),
    createdAt,
    secretKey: signer.signing.secretKey,
  });
}

describe('the keyring bundle', () => {
  it('is plain, signed by the department, and read back through its public keys', async () => {
    const { department, keyring, departmentKeys } = await setting();
    const bundle = await written(keyring, department);
    expect(bundle.encrypted).toBe(false);
    expect(bundle.fileName).toBe('DSDW-1-000003-20261122.opmb');
    expect(bundle.manifest).toMatchObject({
      kind: 'keyring',
      issuer: 'DSDW-1',
      organisation: 'DSDW',
      recipient: 'DSDW',
      since: 0,
      upTo: 0,
      acks: {},
    });
    const read = await verifyKeyringBundle(bundle.bytes, departmentKeys);
    const ids = read.keyring.installations.map((entry) => entry.id);
    expect(ids).toEqual(['C1001-1', 'C6501-1', 'C9601-2', 'DSDW-1']);
    expect(new Set(read.keyring.installations)).toEqual(new Set(keyring.installations));
    expect(read.bundle.manifestSha256).toBe(bundle.manifestSha256);
  });

  it('keeps data/keyring.ndjson to one installation a line, sorted by id', async () => {
    const { department, keyring } = await setting();
    const bundle = await written(keyring, department);
    const entry = readZipDirectory(bundle.bytes).find((e) => e.name === 'data/keyring.ndjson')!;
    const lines = decodeUtf8(extractZipEntry(bundle.bytes, entry))!.split('\n');
    expect(lines.pop()).toBe('');
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['C1001-1', 'C6501-1', 'C9601-2', 'DSDW-1']);
    const byId = new Map(keyring.installations.map((e) => [e.id, e]));
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(ids.map((id) => byId.get(id)));
    expect(bundle.manifest.entries).toEqual([
      expect.objectContaining({ path: 'data/keyring.ndjson', records: 4 }),
    ]);
  });

  it('is refused when signed by a key the department keys do not hold, or revoked', async () => {
    const { keyring, departmentKeys } = await setting();
    const stranger = await makeInstallation('DSDW-1');
    const forged = await written(keyring, stranger);
    expect(await codeOf(verifyKeyringBundle(forged.bytes, departmentKeys))).toBe(
      'bundle.signature.key-id',
    );
    const other = await makeInstallation('DSDW-2');
    expect(
      await codeOf(verifyKeyringBundle((await written(keyring, other)).bytes, departmentKeys)),
    ).toBe('bundle.signature.unknown-issuer');
    const department = await makeInstallation('DSDW-1');
    const revokedKeys: DepartmentKeys = {
      ...departmentKeys,
      installations: [keyringEntryOf(department, '2026-06-01T00:00:00.000Z')],
    };
    const late = await written(keyring, department);
    expect(await codeOf(verifyKeyringBundle(late.bytes, revokedKeys))).toBe(
      'bundle.signature.revoked',
    );
  });

  it('is refused when a line is changed after signing', async () => {
    const { department, keyring, departmentKeys } = await setting();
    const bundle = await written(keyring, department);
    const tampered = rezip(bundle.bytes, (entries) =>
      entries.map((entry) =>
        entry.name === 'data/keyring.ndjson'
          ? { ...entry, data: utf8(decodeUtf8(entry.data)!.replace('2026-01-01', '2025-01-01')) }
          : entry,
      ),
    );
    expect(await codeOf(verifyKeyringBundle(tampered, departmentKeys))).toBe('bundle.entry.sha256');
  });

  it('is issued by a department installation only', async () => {
    const { centres, keyring } = await setting();
    expect(await codeOf(written(keyring, centres[0]!))).toBe('bundle.keyring.issuer');
  });

  it('refuses to write a keyring that is not valid, naming the row', async () => {
    const { department, keyring } = await setting();
    const broken = {
      ...keyring,
      installations: [
        ...keyring.installations.slice(0, 3),
        { ...keyring.installations[3]!, organisation: 'C6501' },
      ],
    };
    const error = await written(broken, department).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bundle.keyring.schema', where: { row: 4 } });
  });

  it('reads a keyring only from a keyring bundle that holds the keyring and nothing else', async () => {
    const { department, centres, keyring } = await setting();
    const records = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centres[0]!.signing.secretKey,
      recipients: [centres[0]!.age.recipient],
    });
    const verifiedRecords = await verifyBundle(records.bytes, {
      trust: trusting(centres[0]!),
      identities: [centres[0]!.age.identity],
    });
    expect(await codeOf(() => keyringFromBundle(verifiedRecords))).toBe('bundle.keyring.kind');

    const keyringFields = sampleFields({
      kind: 'keyring',
      issuer: 'DSDW-1',
      organisation: 'DSDW',
      recipient: 'DSDW',
    });
    const read = async (tables: Parameters<typeof writeBundle>[0]['tables']) => {
      const bundle = await writeBundle({
        manifestFields: keyringFields,
        tables,
        secretKey: department.signing.secretKey,
        plain: true,
      });
      return verifyBundle(bundle.bytes, { trust: trusting(department) });
    };
    const extra = await read({ keyring: keyring.installations, volunteers: [] });
    expect(await codeOf(() => keyringFromBundle(extra))).toBe('bundle.keyring.content');
    const wrongRow = await read({
      keyring: [{ ...keyring.installations[0]!, ageRecipient: 'age1short' }],
    });
    expect(() => keyringFromBundle(wrongRow)).toThrow(/row 1, is not valid at ageRecipient/);
  });
});
