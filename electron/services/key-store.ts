// This installation's secret keys, sealed by the operating system's keystore in one file of their own
// folder: made once, used here to sign manifests and unwrap file keys, and copied out only in
// minisign's and age's password-protected formats. The secret halves never leave the main process.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { generateAgeKeyPair, recipientOf } from '../../shared/bundle/age';
import type { BackupCost, InstallationSecrets } from '../../shared/bundle/installation-keys';
import {
  backupOf,
  fileKeyOfHeader,
  keysToKeep,
  noKeysYet,
  publicKeysOf,
  secretsFromBackup,
} from '../../shared/bundle/installation-keys';
import {
  generateMinisignKeyPair,
  parseSecretKey,
  publicKeyBase64,
  secretKeyFileText,
  signMinisign,
} from '../../shared/bundle/minisign';
import type { InstallationKeys, KeyBackup } from '../../shared/host';
import { writeFileAtomic } from './files';
import { keystoreRefusal, storeDamaged, unsealFailed } from './key-store-errors';

/** Electron's safeStorage, or anything with its shape (a stand-in under test). */
export type Sealer = {
  isEncryptionAvailable(): boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux: 'basic_text', 'gnome_libsecret', 'kwallet'… */
  backend(): string;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
};

export type KeyStore = {
  create(installationId: string, replace: boolean): Promise<InstallationKeys>;
  publicKeys(): Promise<InstallationKeys | null>;
  sign(message: Uint8Array, trustedComment: string): Promise<string>;
  fileKey(header: Uint8Array): Promise<Uint8Array>;
  backup(password: string): Promise<KeyBackup>;
  restore(installationId: string, backup: KeyBackup, password: string): Promise<InstallationKeys>;
};

export const keyStoreFileName = 'installation-keys.json';

const storedKeysSchema = z.object({
  format: z.literal('opm-installation-keys'),
  version: z.literal(1),
  keys: z.object({
    installationId: z.string(),
    keyId: z.string().regex(/^[0-9A-F]{16}$/),
    minisignPublicKey: z.string(),
    ageRecipient: z.string().startsWith('age1'),
    createdAt: z.string(),
  }),
  /** The sealer's output, base64: the JSON of sealedSecretsSchema. */
  sealed: z.string().min(1),
});
type StoredKeys = z.infer<typeof storedKeysSchema>;

const sealedSecretsSchema = z.object({ minisignSecretKey: z.string(), ageIdentity: z.string() });

export function openKeyStore(folder: string, sealer: Sealer, cost: BackupCost = {}): KeyStore {
  const filePath = path.join(folder, keyStoreFileName);
  let queue: Promise<unknown> = Promise.resolve();
  /** Changes of the file run one after another, so two of them never interleave. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = () => readStoredKeys(filePath);
  const unlocked = async (): Promise<{ keys: InstallationKeys; secrets: InstallationSecrets }> => {
    const stored = await read();
    if (stored === null) throw noKeysYet();
    return { keys: stored.keys, secrets: await unseal(stored, sealer, filePath) };
  };
  const keep = async (installationId: string, secrets: InstallationSecrets) => {
    const keys = await publicKeysOf(installationId, secrets, new Date().toISOString());
    await writeStoredKeys(folder, filePath, keys, seal(secrets, sealer));
    return keys;
  };

  return {
    create: (installationId, replace) =>
      serially(async () => {
        const existing = replace ? null : await read();
        const kept = keysToKeep(existing?.keys ?? null, installationId, replace);
        if (kept !== null) return kept;
        const ageIdentity = (await generateAgeKeyPair()).identity;
        return keep(installationId, { minisign: generateMinisignKeyPair().secretKey, ageIdentity });
      }),
    publicKeys: async () => (await read())?.keys ?? null,
    sign: async (message, trustedComment) =>
      signMinisign(message, (await unlocked()).secrets.minisign, trustedComment),
    fileKey: async (header) => {
      const { keys, secrets } = await unlocked();
      return fileKeyOfHeader(header, secrets.ageIdentity, keys.installationId);
    },
    backup: async (password) => {
      const { keys, secrets } = await unlocked();
      return backupOf(secrets, keys, password, cost);
    },
    restore: (installationId, backup, password) =>
      serially(async () => {
        checkSealer(sealer);
        return keep(installationId, await secretsFromBackup(backup, password));
      }),
  };
}

async function readStoredKeys(filePath: string): Promise<StoredKeys | null> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw storeDamaged(filePath);
  }
  try {
    return storedKeysSchema.parse(JSON.parse(text));
  } catch {
    throw storeDamaged(filePath);
  }
}

async function writeStoredKeys(
  folder: string,
  filePath: string,
  keys: InstallationKeys,
  sealed: string,
): Promise<void> {
  const stored: StoredKeys = { format: 'opm-installation-keys', version: 1, keys, sealed };
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(filePath, new TextEncoder().encode(`${JSON.stringify(stored, null, 2)}\n`));
}

function checkSealer(sealer: Sealer): void {
  const refusal = keystoreRefusal(sealer.isEncryptionAvailable(), sealer.backend());
  if (refusal !== null) throw refusal;
}

function seal(secrets: InstallationSecrets, sealer: Sealer): string {
  checkSealer(sealer);
  const text = JSON.stringify({
    minisignSecretKey: secretKeyFileText(secrets.minisign),
    ageIdentity: secrets.ageIdentity,
  } satisfies z.infer<typeof sealedSecretsSchema>);
  return sealer.encryptString(text).toString('base64');
}

/** The secret keys, checked against the public keys filed beside them. */
async function unseal(
  stored: StoredKeys,
  sealer: Sealer,
  filePath: string,
): Promise<InstallationSecrets> {
  checkSealer(sealer);
  let text: string;
  try {
    text = sealer.decryptString(Buffer.from(stored.sealed, 'base64'));
  } catch {
    throw unsealFailed();
  }
  let secrets: InstallationSecrets;
  try {
    const parsed = sealedSecretsSchema.parse(JSON.parse(text));
    secrets = {
      minisign: parseSecretKey(parsed.minisignSecretKey),
      ageIdentity: parsed.ageIdentity,
    };
  } catch {
    throw storeDamaged(filePath);
  }
  const recipient = await recipientOf(secrets.ageIdentity).catch(() => null);
  if (
    secrets.minisign.keyId !== stored.keys.keyId ||
    publicKeyBase64(secrets.minisign) !== stored.keys.minisignPublicKey ||
    recipient !== stored.keys.ageRecipient
  ) {
    throw storeDamaged(filePath);
  }
  return secrets;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
