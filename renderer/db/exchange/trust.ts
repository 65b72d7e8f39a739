// Whom this installation trusts (bundle-format.md, "Organisations, installations, keys"): the
// department's public keys it was set up with, and the latest keyring the department published.
import type { Keyring, KeyringInstallation } from '@shared/bundle/keyring';
import { KEYRING_FORMAT, KEYRING_VERSION, keyringSchema } from '@shared/bundle/keyring';
import type { TrustedKey } from '@shared/bundle/read-bundle';
import { parsePublicKey } from '@shared/bundle/minisign';
import type { AppDB } from '../app-db';

const DEPARTMENT_KEYS = 'departmentKeys';
const KEYRING = 'keyring';

/** The keyring in force here, and which bundle brought it (null: kept here, the department's own). */
export type StoredKeyring = {
  keyring: Keyring;
  issuer: string | null;
  sequence: number;
  at: string;
};

export type TrustState = {
  /** The department's installations, from the file the department hands out. */
  departmentKeys: KeyringInstallation[];
  keyring: StoredKeyring | null;
};

export const emptyKeyring: Keyring = {
  format: KEYRING_FORMAT,
  version: KEYRING_VERSION,
  installations: [],
};

export async function loadTrust(db: AppDB): Promise<TrustState> {
  const [keys, keyring] = await db.meta.bulkGet([DEPARTMENT_KEYS, KEYRING]);
  return {
    departmentKeys: (keys?.value as KeyringInstallation[] | undefined) ?? [],
    keyring: (keyring?.value as StoredKeyring | undefined) ?? null,
  };
}

export async function saveDepartmentKeys(
  db: AppDB,
  installations: readonly KeyringInstallation[],
): Promise<void> {
  await db.meta.put({ key: DEPARTMENT_KEYS, value: [...installations] });
}

/** Keeps a keyring, after checking it as a reader of the keyring bundle would. */
export async function saveKeyring(db: AppDB, stored: StoredKeyring): Promise<void> {
  const keyring = keyringSchema.parse(stored.keyring);
  await db.meta.put({ key: KEYRING, value: { ...stored, keyring } });
}

/** Every installation known here: the keyring's entries, then department keys it does not list. */
export function knownInstallations(state: TrustState): KeyringInstallation[] {
  const listed = state.keyring?.keyring.installations ?? [];
  const ids = new Set(listed.map((entry) => entry.id));
  return [...listed, ...state.departmentKeys.filter((entry) => !ids.has(entry.id))];
}

/** verifyBundle's `trust`: an issuer's key and revocation, as the keyring (or department keys) give it. */
export function trustOf(state: TrustState): (issuer: string) => TrustedKey | null {
  const keys = new Map(
    knownInstallations(state).map((entry) => [
      entry.id,
      { ...parsePublicKey(entry.minisignPublicKey), revokedAt: entry.revokedAt },
    ]),
  );
  return (issuer) => keys.get(issuer) ?? null;
}

/**
 * bundle-format.md: records bundles are encrypted to the recipient organisation's installations and to
 * the sender itself. Revoked installations are left out.
 */
export function recipientsFor(
  state: TrustState,
  organisation: string,
  ownRecipient: string,
): string[] {
  const theirs = knownInstallations(state)
    .filter((entry) => entry.organisation === organisation && entry.revokedAt === null)
    .map((entry) => entry.ageRecipient);
  return [...new Set([...theirs, ownRecipient])];
}
