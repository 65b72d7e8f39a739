import { describe, expect, it } from 'vitest';
import {
  departmentFingerprint,
  departmentKeysFileText,
  departmentKeysFromKeyring,
  parseDepartmentKeys,
  trustFromDepartmentKeys,
  type DepartmentKeys,
} from '@shared/bundle/department-keys';
import { codeOf, keyringEntryOf, makeInstallation } from './bundle-fixture';

async function departmentKeys(...ids: string[]): Promise<DepartmentKeys> {
  const installations = await Promise.all(ids.map(makeInstallation));
  return {
    format: 'opm-department-keys',
    version: 1,
    installations: installations.map((installation) => keyringEntryOf(installation)),
  };
}

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return (error as { where?: { field?: string } }).where?.field;
  }
  return undefined;
}

describe("the department's public keys", () => {
  it('writes the installations in id order and reads them back', async () => {
    const keys = await departmentKeys('DSDW-2', 'DSDW-10', 'DSDW-1');
    const text = departmentKeysFileText(keys);
    const read = parseDepartmentKeys(text);
    expect(read.installations.map((entry) => entry.id)).toEqual(['DSDW-1', 'DSDW-10', 'DSDW-2']);
    expect(new Set(read.installations)).toEqual(new Set(keys.installations));
    expect(departmentKeysFileText(read)).toBe(text);
  });

  it("refuses a centre's installation, an empty list, a repeated one, and what is not JSON", async () => {
    const keys = await departmentKeys('DSDW-1');
    const centre = keyringEntryOf(await makeInstallation('C6501-1'));
    const withCentre = { ...keys, installations: [...keys.installations, centre] };
    expect(fieldOf(() => parseDepartmentKeys(JSON.stringify(withCentre)))).toBe(
      'installations.1.organisation',
    );
    const twice = { ...keys, installations: [keys.installations[0], keys.installations[0]] };
    expect(fieldOf(() => parseDepartmentKeys(JSON.stringify(twice)))).toBe('installations.1.id');
    expect(fieldOf(() => parseDepartmentKeys(JSON.stringify({ ...keys, installations: [] })))).toBe(
      'installations',
    );
    expect(await codeOf(() => parseDepartmentKeys('keys'))).toBe('bundle.department-keys.json');
    expect(await codeOf(() => parseDepartmentKeys(JSON.stringify(withCentre)))).toBe(
      'bundle.department-keys.schema',
    );
  });

  it('has a fingerprint that ignores the order and changes with any key or revocation', async () => {
    const keys = await departmentKeys('DSDW-1', 'DSDW-2');
    const fingerprint = departmentFingerprint(keys);
    expect(fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const reversed = { ...keys, installations: [...keys.installations].reverse() };
    expect(departmentFingerprint(reversed)).toBe(fingerprint);
    const [first, second] = keys.installations;
    const revoked = {
      ...keys,
      installations: [first!, { ...second!, revokedAt: '2026-06-01T00:00:00.000Z' }],
    };
    expect(departmentFingerprint(revoked)).not.toBe(fingerprint);
    const other = await departmentKeys('DSDW-1', 'DSDW-2');
    expect(departmentFingerprint(other)).not.toBe(fingerprint);
  });

  it("takes the department's installations from a keyring, and trusts only those", async () => {
    const department = await makeInstallation('DSDW-1');
    const centre = await makeInstallation('C6501-1');
    const keyring = {
      format: 'opm-keyring' as const,
      version: 1 as const,
      installations: [keyringEntryOf(centre), keyringEntryOf(department)],
    };
    const keys = departmentKeysFromKeyring(keyring);
    expect(keys.installations.map((entry) => entry.id)).toEqual(['DSDW-1']);
    expect(trustFromDepartmentKeys(keys)('DSDW-1')?.keyId).toBe(department.signing.publicKey.keyId);
    // Even when handed a list that was never parsed, a centre's key does not speak for the department.
    const unchecked = { ...keys, installations: keyring.installations };
    expect(trustFromDepartmentKeys(unchecked)('C6501-1')).toBeNull();
  });
});
