// The department's public keys, the file every installation is set up with (bundle-format.md, "Enrolment").
import { z } from 'zod';
import { UserFacingError } from '../errors';
import { DEPARTMENT_CODE } from '../domain/organisations/codes';
import { fingerprintDigits } from './enrolment';
import {
  KEYRING_FORMAT,
  KEYRING_VERSION,
  keyringInstallationSchema,
  trustFromKeyring,
  type Keyring,
  type KeyringInstallation,
} from './keyring';
import type { VerifyOptions } from './read-bundle';

export const DEPARTMENT_KEYS_FORMAT = 'opm-department-keys';
export const DEPARTMENT_KEYS_VERSION = 1;

export const departmentKeysSchema = z
  .strictObject({
    format: z.literal(DEPARTMENT_KEYS_FORMAT),
    version: z.literal(DEPARTMENT_KEYS_VERSION),
    installations: z.array(keyringInstallationSchema).min(1, 'no installation is listed'),
  })
  .superRefine((keys, ctx) => {
    const seen = new Set<string>();
    keys.installations.forEach((entry, i) => {
      const issue = (field: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: ['installations', i, field], message });
      // Only the department's own installations: a centre's key here could sign a keyring.
      if (entry.organisation !== DEPARTMENT_CODE) {
        issue('organisation', `${entry.id} is not an installation of the department (DSDW)`);
      }
      if (seen.has(entry.id)) issue('id', `${entry.id} is listed twice`);
      seen.add(entry.id);
    });
  });

export type DepartmentKeys = z.infer<typeof departmentKeysSchema>;

function byId(a: KeyringInstallation, b: KeyringInstallation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The department's installations in a keyring, as the file the department hands out. */
export function departmentKeysFromKeyring(keyring: Keyring): DepartmentKeys {
  return {
    format: DEPARTMENT_KEYS_FORMAT,
    version: DEPARTMENT_KEYS_VERSION,
    installations: keyring.installations.filter((entry) => entry.organisation === DEPARTMENT_CODE),
  };
}

/** The file's text: installations sorted by id, two-space indent, a final newline. */
export function departmentKeysFileText(keys: DepartmentKeys): string {
  const ordered: DepartmentKeys = {
    format: keys.format,
    version: keys.version,
    installations: [...keys.installations].sort(byId).map((entry) => ({
      id: entry.id,
      organisation: entry.organisation,
      minisignPublicKey: entry.minisignPublicKey,
      ageRecipient: entry.ageRecipient,
      validFrom: entry.validFrom,
      revokedAt: entry.revokedAt,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Parses the department's public-keys file; refuses any installation that is not the department's. */
export function parseDepartmentKeys(text: string): DepartmentKeys {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserFacingError('bundle.department-keys.json', {
      th: 'แฟ้มกุญแจสาธารณะของกรมไม่ใช่ JSON โปรดตรวจว่าเลือกแฟ้มที่กรมส่งให้',
      en: "The department's public-keys file is not JSON; check that the file from the department was chosen",
    });
  }
  const result = departmentKeysSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(top level)';
    throw new UserFacingError(
      'bundle.department-keys.schema',
      {
        th: `แฟ้มกุญแจสาธารณะของกรมไม่ถูกต้องที่ ${where}: ${issue.message} โปรดขอแฟ้มใหม่จากกรม`,
        en: `The department's public-keys file is not valid at ${where}: ${issue.message}. Ask the department for a new one.`,
      },
      { field: where },
    );
  }
  return result.data;
}

/**
 * The code to read aloud when a centre checks, on the phone, that it holds the department's real
 * keys: the digits of every installation's id, keys, validFrom and revokedAt, in id order.
 */
export function departmentFingerprint(keys: DepartmentKeys): string {
  const lines = [...keys.installations]
    .sort(byId)
    .map(
      (entry) =>
        `${entry.id} ${entry.minisignPublicKey} ${entry.ageRecipient} ${entry.validFrom} ${entry.revokedAt ?? '-'}`,
    );
  return fingerprintDigits(lines.join('\n'));
}

/** verifyBundle's `trust` for what only the department signs, above all the keyring bundle. */
export function trustFromDepartmentKeys(keys: DepartmentKeys): VerifyOptions['trust'] {
  return trustFromKeyring({
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    // Even for keys not read through parseDepartmentKeys, a centre's key never signs for the department.
    installations: keys.installations.filter((entry) => entry.organisation === DEPARTMENT_CODE),
  });
}
