// Sample keys, records and zip surgery shared by the bundle tests.
import { generateAgeKeyPair, type AgeKeyPair } from '@shared/bundle/age';
import type { KeyringInstallation } from '@shared/bundle/keyring';
import {
  generateMinisignKeyPair,
  publicKeyBase64,
  type MinisignKeyPair,
} from '@shared/bundle/minisign';
import type { BundleRecord } from '@shared/bundle/ndjson';
import type { TrustedKey, VerifyOptions } from '@shared/bundle/read-bundle';
import type { ManifestFields } from '@shared/bundle/write-bundle';
import { extractZipEntry, readZipDirectory } from '@shared/bundle/zip-read';
import { writeZip, type ZipInput } from '@shared/bundle/zip-write';

export type Installation = { id: string; signing: MinisignKeyPair; age: AgeKeyPair };

export async function makeInstallation(id: string): Promise<Installation> {
  return { id, signing: generateMinisignKeyPair(), age: await generateAgeKeyPair() };
}

/** The keyring's entry for an installation, valid since the start of 2026. */
export function keyringEntryOf(
  installation: Installation,
  revokedAt: string | null = null,
): KeyringInstallation {
  return {
    id: installation.id,
    organisation: installation.id.split('-')[0]!,
    minisignPublicKey: publicKeyBase64(installation.signing.publicKey),
    ageRecipient: installation.age.recipient,
    validFrom: '2026-01-01T00:00:00.000Z',
    revokedAt,
  };
}

export function sampleFields(overrides: Partial<ManifestFields> = {}): ManifestFields {
  return {
    kind: 'records',
    issuer: 'C6501-1',
    organisation: 'C6501',
    recipient: 'DSDW',
    sequence: 42,
    previous: 'a'.repeat(64),
    createdAt: '2026-11-22T09:30:00.000Z',
    since: 1200,
    upTo: 1377,
    acks: { 'DSDW-1': 88 },
    ...overrides,
  };
}

export function volunteer(n: number): BundleRecord {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    owner: 'C6501',
    vv: { 'C6501-1': n },
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: 'C6501-1',
    deletedAt: null,
    firstName: `สมใจ ${n}`,
  };
}

export function sampleTables(): Record<string, BundleRecord[]> {
  return {
    volunteers: [volunteer(3), volunteer(1), volunteer(2)],
    trainingRounds: [],
  };
}

/** A trust function that knows one installation. */
export function trusting(
  installation: Installation,
  extra: Partial<TrustedKey> = {},
): VerifyOptions['trust'] {
  return (issuer) =>
    issuer === installation.id ? { ...installation.signing.publicKey, ...extra } : null;
}

/** Re-zips a plain bundle after `edit` changes its entries (CRCs stay right, so only our checks catch it). */
export function rezip(zip: Uint8Array, edit: (entries: ZipInput[]) => ZipInput[]): Uint8Array {
  const entries = readZipDirectory(zip).map((entry): ZipInput => ({
    name: entry.name,
    data: extractZipEntry(zip, entry).slice(),
    method: entry.method,
  }));
  return writeZip(edit(entries));
}

/** Overwrites a little-endian u32 at `at` inside central-directory record `index`. */
export function patchCentral(
  zip: Uint8Array,
  index: number,
  at: number,
  value: number,
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const end = out.length - 22;
  let record = view.getUint32(end + 16, true);
  for (let i = 0; i < index; i++) {
    record +=
      46 +
      view.getUint16(record + 28, true) +
      view.getUint16(record + 30, true) +
      view.getUint16(record + 32, true);
  }
  view.setUint32(record + at, value, true);
  return out;
}

export async function codeOf(work: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    return (error as { code?: string }).code ?? `not a UserFacingError: ${String(error)}`;
  }
  return 'accepted';
}
