// What both hosts do alike with this installation's own keys, wherever they keep the secret halves:
// when keys may be replaced, how a header's file key is unwrapped, how backups are opened, and the
// refusals they give in the same words.
import { Decrypter } from 'age-encryption';
import { UserFacingError, isUserFacingError } from '../errors';
import type { InstallationKeys, KeyBackup } from '../host';
import type { AgeIdentity } from './age';
import { ageIdentityFileText, parseAgeIdentityFile, recipientOf } from './age';
import type { ScryptLimits } from './key-backup';
import {
  decryptAgeIdentityFile,
  decryptMinisignSecretKey,
  encryptAgeIdentityFile,
  encryptMinisignSecretKey,
} from './key-backup';
import type { MinisignSecretKey } from './minisign';
import { publicKeyBase64 } from './minisign';

/** The secret halves, as a host holds them while it works with them. */
export type InstallationSecrets = { minisign: MinisignSecretKey; ageIdentity: string };

/** How hard the backup passwords are made to guess; the tools' own defaults unless a test lowers them. */
export type BackupCost = { minisign?: Partial<ScryptLimits>; ageScryptWorkFactor?: number };

/**
 * The keys to go on using when setup asks for keys for `installationId`: the ones already here when
 * they are that installation's (asking twice makes no second pair), or null to make new ones. Keys of
 * another installation are replaced only when the person confirmed it.
 */
export function keysToKeep(
  existing: InstallationKeys | null,
  installationId: string,
  replace: boolean,
): InstallationKeys | null {
  if (existing === null || replace) return null;
  if (existing.installationId === installationId) return existing;
  throw new UserFacingError(
    'keys.exists',
    {
      th:
        `เครื่องนี้มีกุญแจของ ${existing.installationId} อยู่แล้ว จึงไม่ได้สร้างกุญแจใหม่ให้ ${installationId} ` +
        'การสร้างใหม่จะแทนที่กุญแจเดิม ชุดข้อมูลที่เข้ารหัสถึงกุญแจเดิมจะเปิดไม่ได้อีก และต้องลงทะเบียนกุญแจกับกรมใหม่ ' +
        'หากต้องการแทนที่จริง โปรดยืนยันการแทนที่กุญแจ (และสำรองกุญแจเดิมไว้ก่อน)',
      en:
        `This computer already holds the keys of ${existing.installationId}, so no new keys were made for ${installationId}. ` +
        'New keys would replace them: bundles encrypted to the old keys could no longer be opened, and the new keys ' +
        'must be enrolled with the department again. To replace them, confirm the replacement (back up the old keys first).',
    },
    { field: 'installationId' },
  );
}

export function noKeysYet(): UserFacingError {
  return new UserFacingError('keys.none', {
    th: 'เครื่องนี้ยังไม่มีกุญแจของตนเอง โปรดสร้างกุญแจในขั้นตั้งค่าเครื่อง หรือกู้คืนจากสำเนากุญแจที่สำรองไว้',
    en: 'This installation has no keys yet. Create them in setup, or restore them from a key backup.',
  });
}

/** The public keys of a pair of secret keys, as the host contract gives them. */
export async function publicKeysOf(
  installationId: string,
  secrets: InstallationSecrets,
  createdAt: string,
): Promise<InstallationKeys> {
  return {
    installationId,
    keyId: secrets.minisign.keyId,
    minisignPublicKey: publicKeyBase64(secrets.minisign),
    ageRecipient: await recipientOf(secrets.ageIdentity),
    createdAt,
  };
}

/** The file key of an age header (everything up to and including its MAC line). */
export async function fileKeyOfHeader(
  header: Uint8Array,
  identity: AgeIdentity,
  installationId: string,
): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return await decrypter.decryptHeader(header);
  } catch (error) {
    if (isUserFacingError(error)) throw error;
    const message = error instanceof Error ? error.message : '';
    if (message.includes('no identity matched')) throw notARecipient(installationId);
    throw new UserFacingError('keys.header-invalid', {
      th: 'ส่วนหัวของแฟ้มที่เข้ารหัสเสียหายหรือถูกแก้ไข จึงถอดรหัสไม่ได้ โปรดขอแฟ้มใหม่จากผู้ส่ง',
      en: 'The header of the encrypted file is damaged or was altered, so it cannot be decrypted. Ask the sender for the file again.',
    });
  }
}

function notARecipient(installationId: string): UserFacingError {
  return new UserFacingError('keys.not-a-recipient', {
    th:
      `ชุดข้อมูลนี้ไม่ได้เข้ารหัสถึงเครื่องนี้ (${installationId}) จึงเปิดด้วยกุญแจของเครื่องนี้ไม่ได้ ` +
      'โปรดขอให้ผู้ส่งเพิ่มเครื่องนี้เป็นผู้รับแล้วส่งใหม่ หรือตรวจว่าทะเบียนกุญแจของกรมมีกุญแจปัจจุบันของเครื่องนี้',
    en:
      `This bundle was not encrypted for this installation (${installationId}), so its keys cannot open it. ` +
      "Ask the sender to include this installation among the recipients and send it again, or check that the department's keyring lists this installation's current key.",
  });
}

/** Password-protected copies of the secret keys, which `minisign -S` and `age -d -i` open. */
export async function backupOf(
  secrets: InstallationSecrets,
  keys: InstallationKeys,
  password: string,
  cost: BackupCost = {},
): Promise<KeyBackup> {
  const identityFile = ageIdentityFileText(
    { identity: secrets.ageIdentity, recipient: keys.ageRecipient },
    new Date(keys.createdAt),
  );
  const ageKey = await encryptAgeIdentityFile(identityFile, password, {
    ...(cost.ageScryptWorkFactor === undefined
      ? {}
      : { scryptWorkFactor: cost.ageScryptWorkFactor }),
  });
  return {
    minisignKey: await encryptMinisignSecretKey(secrets.minisign, password, cost.minisign),
    ageKey,
  };
}

/** The secret keys inside a backup; a wrong password or a damaged copy says which one. */
export async function secretsFromBackup(
  backup: KeyBackup,
  password: string,
): Promise<InstallationSecrets> {
  const minisign = await decryptMinisignSecretKey(backup.minisignKey, password);
  const identities = parseAgeIdentityFile(await decryptAgeIdentityFile(backup.ageKey, password));
  if (identities.length !== 1) {
    throw new UserFacingError(
      'keys.backup-several-identities',
      {
        th: `สำเนากุญแจ age มีกุญแจลับ ${identities.length} ดอก แต่เครื่องหนึ่งใช้กุญแจ age ได้ดอกเดียว โปรดใช้สำเนาที่โปรแกรมนี้สร้าง`,
        en: `The age key backup holds ${identities.length} secret keys, but an installation uses exactly one. Use a backup this app made.`,
      },
      { field: 'age secret key' },
    );
  }
  return { minisign, ageIdentity: identities[0]! };
}
