// Publishes the department's keyring as a signed `keyring` bundle, and writes the department's
// public-keys file that centres are set up with.
import { departmentKeysFileText, departmentKeysFromKeyring } from '@shared/bundle/department-keys';
import { writeKeyringBundle } from '@shared/bundle/keyring-bundle';
import type { InstallationKeys, SavedFile } from '@shared/host';
import type { Installation } from '../../../db/installation';
import { writeContextOf } from '../../../db/installation';
import { db } from '../../../db/db';
import { ensureOwnEntry, lastSent } from '../../../db/exchange/keyring-admin';
import { recordSent } from '../../../db/exchange/export-changes';
import { host } from '../../../host';
import { hostSigner } from '../../../host/installation-crypto';

export async function publishKeyring(
  installation: Installation,
  keys: InstallationKeys,
): Promise<SavedFile> {
  const at = new Date().toISOString();
  const keyring = await ensureOwnEntry(db, keys, at);
  const last = await lastSent(db, installation.installationId);
  const written = await writeKeyringBundle({
    keyring,
    issuer: installation.installationId,
    sequence: (last?.sequence ?? 0) + 1,
    previous: last?.manifestSha256 ?? null,
    createdAt: at,
    signer: hostSigner(host, keys.keyId),
  });
  const saved = await host.invoke('files:save', {
    suggestedName: written.fileName,
    bytes: written.bytes as Uint8Array<ArrayBuffer>,
    filters: [{ name: 'OPM bundle', extensions: ['opmb'] }],
  });
  if (saved.saved) await recordSent(db, writeContextOf(installation), written, saved.name);
  return saved;
}

export async function saveDepartmentKeysFile(keys: InstallationKeys): Promise<SavedFile> {
  const keyring = await ensureOwnEntry(db, keys, new Date().toISOString());
  const text = departmentKeysFileText(departmentKeysFromKeyring(keyring));
  return host.invoke('files:save', {
    suggestedName: 'DSDW.opm-department-keys.json',
    bytes: new TextEncoder().encode(text),
    filters: [{ name: 'OPM department keys', extensions: ['json'] }],
  });
}
