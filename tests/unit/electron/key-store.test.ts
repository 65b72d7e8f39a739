import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyStoreFileName, openKeyStore } from '../../../electron/services/key-store';
import { ageHeaderOf, generateAgeKeyPair, identityFromFileKey } from '@shared/bundle/age';
import { utf8 } from '@shared/bundle/bytes';
import type { BackupCost } from '@shared/bundle/installation-keys';
import { parsePublicKey, publicKeyFileText, verifyMinisign } from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import {
  codeOf,
  makeInstallation,
  sampleFields,
  sampleTables,
} from '../shared/bundle/bundle-fixture';
import { workspace } from '../../interop/tools';
import { aesGcmSealer } from './test-sealer';

/** Cheap password hashing, so that the tests do not spend minisign's gigabyte and seconds. */
const testCost: BackupCost = {
  minisign: { opsLimit: 65_536, memLimit: 8 * 1024 * 1024 },
  ageScryptWorkFactor: 10,
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'opm-keys-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const storeFile = () => path.join(folder, keyStoreFileName);

describe('making keys', () => {
  it('makes a minisign and an age key pair and files only their public halves in clear', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    expect(await store.publicKeys()).toBeNull();
    const keys = await store.create('C6501-1', false);
    expect(keys.installationId).toBe('C6501-1');
    expect(keys.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(parsePublicKey(keys.minisignPublicKey).keyId).toBe(keys.keyId);
    expect(keys.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(await store.publicKeys()).toEqual(keys);
    const text = await readFile(storeFile(), 'utf8');
    expect(text).toContain(keys.minisignPublicKey);
    expect(text).not.toMatch(/AGE-SECRET-KEY|secret key/i);
    expect(await readdir(folder)).toEqual([keyStoreFileName]);
  });

  it('keeps the keys when asked again for the same installation, and makes new ones on request', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const first = await store.create('C6501-1', false);
    expect(await store.create('C6501-1', false)).toEqual(first);
    const replaced = await store.create('C6501-1', true);
    expect(replaced.keyId).not.toBe(first.keyId);
    expect(replaced.ageRecipient).not.toBe(first.ageRecipient);
  });

  it("refuses to replace another installation's keys unless told to", async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const first = await store.create('C6501-1', false);
    expect(await codeOf(store.create('C6501-2', false))).toBe('keys.exists');
    expect(await store.publicKeys()).toEqual(first);
    expect((await store.create('C6501-2', true)).installationId).toBe('C6501-2');
  });

  it('makes one pair when two setups ask at once', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const [a, b] = await Promise.all([
      store.create('DSDW-1', false),
      store.create('DSDW-1', false),
    ]);
    expect(b).toEqual(a);
  });
});

describe('signing', () => {
  it('signs as minisign does: our verifier and minisign -Vm both accept it', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const keys = await store.create('C6501-1', false);
    const message = utf8('{"format":"opm-bundle","issuer":"C6501-1"}\n');
    const comment = 'opm-bundle v1 C6501-1 1 ' + 'a'.repeat(64);
    const signature = await store.sign(message, comment);
    const publicKey = parsePublicKey(keys.minisignPublicKey);
    expect(verifyMinisign(message, signature, publicKey)).toEqual({
      ok: true,
      trustedComment: comment,
    });
    expect(verifyMinisign(utf8('other'), signature, publicKey).ok).toBe(false);

    const ws = workspace();
    ws.write('manifest.json', message);
    ws.write('manifest.json.minisig', signature);
    ws.write('C6501-1.pub', publicKeyFileText(publicKey));
    const output = ws.run('minisign', ['-Vm', 'manifest.json', '-p', 'C6501-1.pub']);
    expect(output).toContain('Signature and comment signature verified');
    expect(output).toContain(`Trusted comment: ${comment}`);
    ws.write('manifest.json', utf8('{"format":"opm-bundle","issuer":"C6501-2"}\n'));
    expect(() => ws.run('minisign', ['-Vm', 'manifest.json', '-p', 'C6501-1.pub'])).toThrow(
      /verification failed/i,
    );
  });

  it('says there are no keys yet rather than signing with nothing', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    expect(await codeOf(store.sign(utf8('x'), 'c'))).toBe('keys.none');
    expect(await codeOf(store.fileKey(utf8('age-encryption.org/v1\n')))).toBe('keys.none');
  });
});

describe('file keys', () => {
  it('unwraps the file key of a bundle encrypted to this installation, which then opens it', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const keys = await store.create('DSDW-1', false);
    const centre = await makeInstallation('C6501-1');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [centre.age.recipient, keys.ageRecipient],
    });
    const fileKey = await store.fileKey(ageHeaderOf(written.bytes));
    expect(fileKey).toHaveLength(16);
    const read = await verifyBundle(written.bytes, {
      trust: (issuer) => (issuer === 'C6501-1' ? centre.signing.publicKey : null),
      identities: [identityFromFileKey(fileKey)],
    });
    expect(read.manifestSha256).toBe(written.manifestSha256);
    expect(read.tables.volunteers).toHaveLength(3);
  });

  it('says so when a bundle was not encrypted to this installation', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    await store.create('DSDW-1', false);
    const centre = await makeInstallation('C6501-1');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [centre.age.recipient, (await generateAgeKeyPair()).recipient],
    });
    expect(await codeOf(store.fileKey(ageHeaderOf(written.bytes)))).toBe('keys.not-a-recipient');
  });

  it('refuses a header whose MAC does not match', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const keys = await store.create('DSDW-1', false);
    const centre = await makeInstallation('C6501-1');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [keys.ageRecipient],
    });
    const header = ageHeaderOf(written.bytes);
    const text = new TextDecoder().decode(header);
    const mac = text.slice(text.lastIndexOf('--- ') + 4, -1);
    const otherMac = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
    const altered = utf8(text.replace(`--- ${mac}\n`, `--- ${otherMac}\n`));
    expect(await codeOf(store.fileKey(altered))).toBe('keys.header-invalid');
  });
});

describe('the keystore', () => {
  it('refuses to keep keys on Linux without a keyring (basic_text), writing nothing', async () => {
    const store = openKeyStore(folder, aesGcmSealer('basic_text'), testCost);
    const refused = await store.create('C6501-1', false).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'keys.keystore-basic-text' });
    expect((refused as { text: { en: string } }).text.en).toMatch(/GNOME Keyring or KWallet/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses when the keystore is unavailable', async () => {
    const store = openKeyStore(folder, aesGcmSealer('os_keystore', false), testCost);
    expect(await codeOf(store.create('C6501-1', false))).toBe('keys.keystore-unavailable');
  });

  it('refuses to open keys once the keyring is gone, though it still gives the public keys', async () => {
    const sealer = aesGcmSealer();
    const keys = await openKeyStore(folder, sealer, testCost).create('C6501-1', false);
    const withoutKeyring = openKeyStore(folder, { ...sealer, backend: () => 'basic_text' });
    expect(await withoutKeyring.publicKeys()).toEqual(keys);
    expect(await codeOf(withoutKeyring.sign(utf8('x'), 'c'))).toBe('keys.keystore-basic-text');
  });

  it('says the keystore cannot open keys another keystore sealed', async () => {
    await openKeyStore(folder, aesGcmSealer(), testCost).create('C6501-1', false);
    const otherUser = openKeyStore(folder, aesGcmSealer(), testCost);
    expect(await codeOf(otherUser.sign(utf8('x'), 'c'))).toBe('keys.unseal-failed');
  });
});

describe('a damaged key file', () => {
  it('is reported as damaged, and replaced only on request', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    await store.create('C6501-1', false);
    await writeFile(storeFile(), '{"format":"opm-installation-keys","vers');
    expect(await codeOf(store.publicKeys())).toBe('keys.store-damaged');
    expect(await codeOf(store.sign(utf8('x'), 'c'))).toBe('keys.store-damaged');
    expect(await codeOf(store.create('C6501-1', false))).toBe('keys.store-damaged');
    expect((await store.create('C6501-1', true)).installationId).toBe('C6501-1');
  });

  it('is reported as damaged when its public keys no longer match the sealed ones', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    await store.create('C6501-1', false);
    const other = await openKeyStore(
      await mkdtemp(path.join(folder, 'other-')),
      aesGcmSealer(),
    ).create('C6501-1', false);
    const stored = JSON.parse(await readFile(storeFile(), 'utf8'));
    stored.keys.ageRecipient = other.ageRecipient;
    await writeFile(storeFile(), JSON.stringify(stored));
    expect(await codeOf(store.sign(utf8('x'), 'c'))).toBe('keys.store-damaged');
  });
});

describe('backup and restore', () => {
  it('restores, from the password-protected copies, keys that sign and decrypt as before', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    const keys = await store.create('C6501-1', false);
    const backup = await store.backup('a long password ไทย');
    expect(backup.minisignKey).toMatch(/^untrusted comment: minisign encrypted secret key\n/);
    expect(backup.ageKey).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(`${backup.minisignKey}${backup.ageKey}`).not.toContain('AGE-SECRET-KEY');

    const elsewhere = await mkdtemp(path.join(folder, 'new-computer-'));
    const restoredStore = openKeyStore(elsewhere, aesGcmSealer(), testCost);
    const restored = await restoredStore.restore('C6501-1', backup, 'a long password ไทย');
    expect({ ...restored, createdAt: keys.createdAt }).toEqual(keys);
    expect(await restoredStore.publicKeys()).toEqual(restored);

    const message = utf8('manifest');
    const signature = await restoredStore.sign(message, 'c');
    expect(verifyMinisign(message, signature, parsePublicKey(keys.minisignPublicKey)).ok).toBe(
      true,
    );
    const centre = await makeInstallation('C6501-2');
    const written = await writeBundle({
      manifestFields: sampleFields({ issuer: 'C6501-2' }),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [keys.ageRecipient],
    });
    const header = ageHeaderOf(written.bytes);
    expect(await restoredStore.fileKey(header)).toEqual(await store.fileKey(header));
  });

  it('refuses a wrong password and leaves the keys in place as they were', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    await store.create('C6501-1', false);
    const backup = await store.backup('a long password');
    const before = await store.create('C6501-2', true);
    expect(await codeOf(store.restore('C6501-1', backup, 'another password'))).toBe(
      'bundle.key.wrong-password',
    );
    expect(await store.publicKeys()).toEqual(before);
  });

  it('refuses to restore into a keystore that cannot seal', async () => {
    const store = openKeyStore(folder, aesGcmSealer(), testCost);
    await store.create('C6501-1', false);
    const backup = await store.backup('a long password');
    const plainText = openKeyStore(folder, aesGcmSealer('basic_text'), testCost);
    expect(await codeOf(plainText.restore('C6501-1', backup, 'a long password'))).toBe(
      'keys.keystore-basic-text',
    );
  });
});
