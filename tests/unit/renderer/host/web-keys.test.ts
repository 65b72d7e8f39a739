// The web host's keys under Node's own WebCrypto and fake-indexeddb (a real IndexedDB implementation).
import { IDBFactory } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WebKeysModule from '@renderer/host/web-keys';
import { ageHeaderOf, identityFromFileKey } from '@shared/bundle/age';
import { utf8 } from '@shared/bundle/bytes';
import { backupOf } from '@shared/bundle/installation-keys';
import {
  parsePublicKey,
  publicKeyBase64,
  signMinisign,
  verifyMinisign,
} from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import {
  codeOf,
  makeInstallation,
  sampleFields,
  sampleTables,
  type Installation,
} from '../../shared/bundle/bundle-fixture';

let webKeys: typeof WebKeysModule;

beforeEach(async () => {
  // A fresh IndexedDB for each test, and the module (with its database) loaded anew over it.
  globalThis.indexedDB = new IDBFactory();
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  vi.resetModules();
  webKeys = await import('@renderer/host/web-keys');
});

async function bundleFor(recipient: string, sender: Installation) {
  return writeBundle({
    manifestFields: sampleFields(),
    tables: sampleTables(),
    secretKey: sender.signing.secretKey,
    recipients: [sender.age.recipient, recipient],
  });
}

describe('web host keys', () => {
  it('makes keys the browser will not export, and gives their public halves', async () => {
    expect(await webKeys.publicKeys()).toBeNull();
    const keys = await webKeys.createKeys({ installationId: 'C6501-1' });
    expect(keys.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(parsePublicKey(keys.minisignPublicKey).keyId).toBe(keys.keyId);
    expect(keys.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(await webKeys.publicKeys()).toEqual(keys);

    const stored = await new Dexie('opm-keys')
      .open()
      .then((db) => db.table('keys').get('installation'));
    for (const key of [stored.signingKey, stored.ageKey] as CryptoKey[]) {
      expect(key.type).toBe('private');
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
    }
  });

  it('keeps the keys of the same installation and replaces others only when told to', async () => {
    const first = await webKeys.createKeys({ installationId: 'C6501-1' });
    expect(await webKeys.createKeys({ installationId: 'C6501-1' })).toEqual(first);
    expect(await codeOf(webKeys.createKeys({ installationId: 'C6501-2' }))).toBe('keys.exists');
    const second = await webKeys.createKeys({ installationId: 'C6501-2', replace: true });
    expect(second.keyId).not.toBe(first.keyId);
    expect(await webKeys.publicKeys()).toEqual(second);
  });

  it('signs as minisign does', async () => {
    const keys = await webKeys.createKeys({ installationId: 'C6501-1' });
    const message = utf8('{"format":"opm-bundle"}\n');
    const { signature } = await webKeys.signWithKeys({ message, trustedComment: 'opm-bundle v1' });
    const publicKey = parsePublicKey(keys.minisignPublicKey);
    expect(verifyMinisign(message, signature, publicKey)).toEqual({
      ok: true,
      trustedComment: 'opm-bundle v1',
    });
  });

  it('unwraps the file key of a bundle for this installation, and refuses one for others', async () => {
    const keys = await webKeys.createKeys({ installationId: 'DSDW-1' });
    const centre = await makeInstallation('C6501-1');
    const written = await bundleFor(keys.ageRecipient, centre);
    const { fileKey } = await webKeys.fileKeyOf({ header: ageHeaderOf(written.bytes) });
    const bundle = await verifyBundle(written.bytes, {
      trust: (issuer) => (issuer === 'C6501-1' ? centre.signing.publicKey : null),
      identities: [identityFromFileKey(fileKey)],
    });
    expect(bundle.tables.volunteers).toHaveLength(3);

    const other = await bundleFor((await makeInstallation('DSDW-2')).age.recipient, centre);
    expect(await codeOf(webKeys.fileKeyOf({ header: ageHeaderOf(other.bytes) }))).toBe(
      'keys.not-a-recipient',
    );
  });

  it('says there are no keys yet, and that the browser makes no backups', async () => {
    expect(await codeOf(webKeys.signWithKeys({ message: utf8('x'), trustedComment: '' }))).toBe(
      'keys.none',
    );
    await webKeys.createKeys({ installationId: 'C6501-1' });
    const refusal = await webKeys.refuseBackup().catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'keys.backup-unavailable' });
    expect((refusal as { text: { en: string } }).text.en).toMatch(/desktop app/);
  });

  it('restores keys from a desktop backup as unexportable keys that sign and decrypt the same', async () => {
    const desktop = await makeInstallation('C6501-1');
    const secrets = { minisign: desktop.signing.secretKey, ageIdentity: desktop.age.identity };
    const backup = await backupOf(
      secrets,
      {
        installationId: 'C6501-1',
        keyId: desktop.signing.secretKey.keyId,
        minisignPublicKey: publicKeyBase64(desktop.signing.publicKey),
        ageRecipient: desktop.age.recipient,
        createdAt: '2026-11-22T09:30:00.000Z',
      },
      'a long password',
      { minisign: { opsLimit: 65_536, memLimit: 8 * 1024 * 1024 }, ageScryptWorkFactor: 10 },
    );
    const restored = await webKeys.restoreKeys({
      installationId: 'C6501-1',
      ...backup,
      password: 'a long password',
    });
    expect(restored.keyId).toBe(desktop.signing.publicKey.keyId);
    expect(restored.minisignPublicKey).toBe(publicKeyBase64(desktop.signing.publicKey));
    expect(restored.ageRecipient).toBe(desktop.age.recipient);

    const message = utf8('manifest');
    const { signature } = await webKeys.signWithKeys({ message, trustedComment: 'c' });
    expect(signature).toBe(signMinisign(message, desktop.signing.secretKey, 'c'));
    const written = await bundleFor(desktop.age.recipient, await makeInstallation('DSDW-1'));
    const { fileKey } = await webKeys.fileKeyOf({ header: ageHeaderOf(written.bytes) });
    expect(fileKey).toHaveLength(16);
    expect(
      await codeOf(
        webKeys.restoreKeys({ installationId: 'C6501-1', ...backup, password: 'wrong one' }),
      ),
    ).toBe('bundle.key.wrong-password');
  });
});
