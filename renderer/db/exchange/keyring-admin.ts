// The department's keyring as it keeps it: installations enrolled from their enrolment files, revoked
// with a date, and the department's own installation always listed.
import { keyringEntryFromEnrolment, type Enrolment } from '@shared/bundle/enrolment';
import type { Keyring, KeyringInstallation } from '@shared/bundle/keyring';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { UserFacingError } from '@shared/errors';
import type { AppDB, ExchangeLogEntry } from '../app-db';
import { emptyKeyring, loadTrust, saveKeyring } from './trust';

export type OwnPublicKeys = {
  installationId: string;
  minisignPublicKey: string;
  ageRecipient: string;
};

async function currentKeyring(db: AppDB): Promise<Keyring> {
  return (await loadTrust(db)).keyring?.keyring ?? emptyKeyring;
}

function sortedById(installations: KeyringInstallation[]): KeyringInstallation[] {
  return installations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function replaceEntries(
  db: AppDB,
  change: (installations: KeyringInstallation[]) => KeyringInstallation[],
  at: string,
): Promise<Keyring> {
  return db.transaction('rw', db.meta, async () => {
    const keyring = await currentKeyring(db);
    const next: Keyring = {
      ...keyring,
      installations: sortedById(change([...keyring.installations])),
    };
    await saveKeyring(db, { keyring: next, issuer: null, sequence: 0, at });
    return next;
  });
}

/** Adds an installation, or replaces its keys when it enrolled again with new ones. */
function putEntry(db: AppDB, entry: KeyringInstallation, at: string): Promise<Keyring> {
  return replaceEntries(
    db,
    (all) => {
      const known = all.find((e) => e.id === entry.id);
      const same =
        known &&
        known.revokedAt === null &&
        known.minisignPublicKey === entry.minisignPublicKey &&
        known.ageRecipient === entry.ageRecipient;
      return same ? all : [...all.filter((e) => e.id !== entry.id), entry];
    },
    at,
  );
}

/** Adds an enrolled installation (once its fingerprint was confirmed), valid from now. */
export function enrol(db: AppDB, enrolment: Enrolment, at: string): Promise<Keyring> {
  return putEntry(db, keyringEntryFromEnrolment(enrolment, at), at);
}

/** Revokes an installation from `revokedAt` on: its bundles signed after that are refused. */
export function revoke(db: AppDB, id: string, revokedAt: string, at: string): Promise<Keyring> {
  return replaceEntries(
    db,
    (all) => {
      const known = all.find((e) => e.id === id);
      if (!known) {
        throw new UserFacingError('keyring.unknown', {
          th: `ไม่มีเครื่อง ${id} ในทะเบียนกุญแจ`,
          en: `${id} is not in the keyring`,
        });
      }
      if (Date.parse(revokedAt) < Date.parse(known.validFrom)) {
        throw new UserFacingError('keyring.revoke-before-valid', {
          th: `วันเพิกถอนต้องไม่ก่อนวันที่ ${id} เริ่มใช้กุญแจ`,
          en: `The revocation cannot be earlier than the day ${id}'s key became valid`,
        });
      }
      return all.map((e) => (e.id === id ? { ...e, revokedAt } : e));
    },
    at,
  );
}

/** The department's own installation, listed so that centres can check what it signs. */
export function ensureOwnEntry(db: AppDB, own: OwnPublicKeys, at: string): Promise<Keyring> {
  return putEntry(
    db,
    {
      id: own.installationId,
      organisation: DEPARTMENT_CODE,
      minisignPublicKey: own.minisignPublicKey,
      ageRecipient: own.ageRecipient,
      validFrom: at,
      revokedAt: null,
    },
    at,
  );
}

/** The last bundle this installation wrote, whatever its kind: the next one follows it. */
export async function lastSent(db: AppDB, issuer: string): Promise<ExchangeLogEntry | undefined> {
  return db.exchangeLog
    .where('[issuer+sequence]')
    .between([issuer, 0], [issuer, Number.MAX_SAFE_INTEGER], true, true)
    .filter((e) => e.direction === 'sent')
    .last();
}
