// The `keyring` bundle (bundle-format.md): the department's keyring, signed by a DSDW installation, public.
import { UserFacingError } from '../errors';
import { DEPARTMENT_CODE, parseInstallationId } from '../domain/organisations/codes';
import { trustFromDepartmentKeys, type DepartmentKeys } from './department-keys';
import { KEYRING_FORMAT, KEYRING_VERSION, keyringSchema, type Keyring } from './keyring';
import type { MinisignSecretKey } from './minisign';
import { verifyBundle, type VerifiedBundle, type VerifyOptions } from './read-bundle';
import { writeBundle, type ManifestSigner, type WrittenBundle } from './write-bundle';

/** The one table of a keyring bundle: `data/keyring.ndjson`, one installation a line, sorted by id. */
export const KEYRING_TABLE = 'keyring';
const KEYRING_PATH = `data/${KEYRING_TABLE}.ndjson`;

export type KeyringBundleInput = {
  keyring: Keyring;
  /** A DSDW installation. */
  issuer: string;
  sequence: number;
  /** SHA-256 of the manifest.json of the issuer's bundle `sequence − 1`, null for its first. */
  previous: string | null;
  createdAt: string;
} & ({ secretKey: MinisignSecretKey } | { signer: ManifestSigner });

function keyringError(reason: string, th: string, en: string, field: string): UserFacingError {
  return new UserFacingError(`bundle.keyring.${reason}`, { th, en }, { field });
}

/**
 * A plain (unencrypted) keyring bundle. The manifest says:
 * - `recipient`: DSDW. The keyring is addressed to every installation, and the manifest must name an
 *   organisation, so it names the department that publishes it;
 * - `since` 0 and `upTo` 0: each keyring bundle is the whole keyring, and it carries none of the
 *   issuer's record changes, so it never moves a reader's window on the issuer's changes;
 * - `acks` {}: a keyring acknowledges nothing.
 */
export async function writeKeyringBundle(input: KeyringBundleInput): Promise<WrittenBundle> {
  const checked = checkedKeyring(input.keyring);
  if (parseInstallationId(input.issuer)?.organisation !== DEPARTMENT_CODE) {
    throw keyringError(
      'issuer',
      `${input.issuer} ไม่ใช่เครื่องของกรม ทะเบียนกุญแจออกได้จากเครื่องของกรม (DSDW) เท่านั้น`,
      `${input.issuer} is not a department installation: only a DSDW installation issues the keyring`,
      'issuer',
    );
  }
  return writeBundle({
    manifestFields: {
      kind: 'keyring',
      issuer: input.issuer,
      organisation: DEPARTMENT_CODE,
      recipient: DEPARTMENT_CODE,
      sequence: input.sequence,
      previous: input.previous,
      createdAt: input.createdAt,
      since: 0,
      upTo: 0,
      acks: {},
    },
    tables: { [KEYRING_TABLE]: checked.installations },
    ...('signer' in input ? { signer: input.signer } : { secretKey: input.secretKey }),
    plain: true,
  });
}

/** The keyring a verified keyring bundle carries, each installation checked by the keyring's schema. */
export function keyringFromBundle(verified: VerifiedBundle): Keyring {
  const { manifest, tables, files } = verified;
  if (manifest.kind !== 'keyring' || manifest.organisation !== DEPARTMENT_CODE) {
    throw keyringError(
      'kind',
      'ชุดข้อมูลนี้ไม่ใช่ทะเบียนกุญแจของกรม',
      "This bundle is not the department's keyring",
      'kind',
    );
  }
  const names = Object.keys(tables);
  const installations = tables[KEYRING_TABLE];
  if (!installations || names.length !== 1 || Object.keys(files).length > 0) {
    throw keyringError(
      'content',
      `ทะเบียนกุญแจต้องมีเพียง ${KEYRING_PATH} ไม่มีตารางหรือแฟ้มอื่น`,
      `A keyring bundle holds ${KEYRING_PATH} and nothing else`,
      KEYRING_PATH,
    );
  }
  return checkedKeyring({ format: KEYRING_FORMAT, version: KEYRING_VERSION, installations });
}

/** Verifies a keyring bundle against the department's public keys, and reads its keyring. */
export async function verifyKeyringBundle(
  bytes: Uint8Array,
  departmentKeys: DepartmentKeys,
  options: Omit<VerifyOptions, 'trust'> = {},
): Promise<{ bundle: VerifiedBundle; keyring: Keyring }> {
  const bundle = await verifyBundle(bytes, {
    ...options,
    trust: trustFromDepartmentKeys(departmentKeys),
  });
  return { bundle, keyring: keyringFromBundle(bundle) };
}

function checkedKeyring(value: unknown): Keyring {
  const result = keyringSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [top, index, ...rest] = issue.path.map(String);
  const isRow = top === 'installations' && index !== undefined;
  const row = isRow ? Number(index) + 1 : undefined;
  const field = (isRow ? rest : issue.path.map(String)).join('.') || '(record)';
  const at = row === undefined ? { th: '', en: '' } : { th: ` แถวที่ ${row}`, en: `, row ${row},` };
  throw new UserFacingError(
    'bundle.keyring.schema',
    {
      th: `ทะเบียนกุญแจใน ${KEYRING_PATH}${at.th} ไม่ถูกต้องที่ ${field}: ${issue.message}`,
      en: `The keyring in ${KEYRING_PATH}${at.en} is not valid at ${field}: ${issue.message}`,
    },
    row === undefined ? { field: KEYRING_PATH } : { row, field: `${KEYRING_PATH}: ${field}` },
  );
}
