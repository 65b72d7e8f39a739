import { describe, expect, it } from 'vitest';
import {
  ageHeaderOf,
  ageIdentityFileText,
  encryptForRecipients,
  generateAgeKeyPair,
} from '@shared/bundle/age';
import { utf8 } from '@shared/bundle/bytes';
import {
  backupOf,
  fileKeyOfHeader,
  keysToKeep,
  publicKeysOf,
  secretsFromBackup,
} from '@shared/bundle/installation-keys';
import { encryptAgeIdentityFile } from '@shared/bundle/key-backup';
import { generateMinisignKeyPair } from '@shared/bundle/minisign';
import type { UserFacingError } from '@shared/errors';
import type { InstallationKeys } from '@shared/host';
import { codeOf } from './bundle-fixture';

const cheap = {
  minisign: { opsLimit: 65_536, memLimit: 8 * 1024 * 1024 },
  ageScryptWorkFactor: 10,
};

async function someSecrets() {
  return {
    minisign: generateMinisignKeyPair().secretKey,
    ageIdentity: (await generateAgeKeyPair()).identity,
  };
}

describe('keysToKeep', () => {
  const existing: InstallationKeys = {
    installationId: 'C6501-1',
    keyId: '7A43DBCA34440CE7',
    minisignPublicKey: 'RWTnDEQ0yttDejzT+UjVAmiADp73Ce2MUAKWHFr5as0arTk3Kll3ohw0',
    ageRecipient: 'age1example',
    createdAt: '2026-01-01T00:00:00.000Z',
  };

  it('makes keys where there are none, keeps those of the same installation', () => {
    expect(keysToKeep(null, 'C6501-1', false)).toBeNull();
    expect(keysToKeep(existing, 'C6501-1', false)).toBe(existing);
  });

  it("replaces another installation's keys only when told to, naming both in its refusal", async () => {
    expect(keysToKeep(existing, 'C6501-2', true)).toBeNull();
    expect(keysToKeep(existing, 'C6501-1', true)).toBeNull();
    let refusal: unknown;
    try {
      keysToKeep(existing, 'C6501-2', false);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'keys.exists' });
    const { th, en } = (refusal as UserFacingError).text;
    for (const text of [th, en]) expect(text).toMatch(/C6501-1.*C6501-2/s);
  });
});

describe('file keys from a header', () => {
  it('names this installation when a bundle is not for it', async () => {
    const [mine, theirs] = [await generateAgeKeyPair(), await generateAgeKeyPair()];
    const sealed = await encryptForRecipients(utf8('x'), [theirs.recipient]);
    const refused = await fileKeyOfHeader(ageHeaderOf(sealed), mine.identity, 'C6501-1').catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: 'keys.not-a-recipient' });
    expect(refused.text.en).toContain('C6501-1');
    expect(refused.text.th).toContain('C6501-1');
  });
});

describe('key backups', () => {
  it('opens what it wrote with the same password, and nothing with another', async () => {
    const secrets = await someSecrets();
    const keys = await publicKeysOf('C6501-1', secrets, '2026-11-22T09:30:00.000Z');
    const backup = await backupOf(secrets, keys, 'correct horse battery', cheap);
    expect(await secretsFromBackup(backup, 'correct horse battery')).toEqual(secrets);
    expect(await codeOf(secretsFromBackup(backup, 'wrong horse battery'))).toBe(
      'bundle.key.wrong-password',
    );
  });

  it('refuses an age backup that holds more than one secret key', async () => {
    const secrets = await someSecrets();
    const keys = await publicKeysOf('C6501-1', secrets, '2026-11-22T09:30:00.000Z');
    const backup = await backupOf(secrets, keys, 'correct horse battery', cheap);
    const [a, b] = [await generateAgeKeyPair(), await generateAgeKeyPair()];
    const two = ageIdentityFileText(a, new Date()) + ageIdentityFileText(b, new Date());
    const ageKey = await encryptAgeIdentityFile(two, 'correct horse battery', {
      scryptWorkFactor: 10,
    });
    expect(await codeOf(secretsFromBackup({ ...backup, ageKey }, 'correct horse battery'))).toBe(
      'keys.backup-several-identities',
    );
  });
});
