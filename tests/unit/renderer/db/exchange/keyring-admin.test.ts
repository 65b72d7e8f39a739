import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { enrol, ensureOwnEntry, revoke } from '@renderer/db/exchange/keyring-admin';
import { loadTrust, recipientsFor, saveDepartmentKeys, trustOf } from '@renderer/db/exchange/trust';
import type { Enrolment } from '@shared/bundle/enrolment';
import { publicKeyBase64 } from '@shared/bundle/minisign';
import {
  keyringEntryOf,
  makeInstallation,
  type Installation,
} from '../../../shared/bundle/bundle-fixture';
import { freshDb } from '../test-db';

let db: AppDB;
let centre: Installation;
let department: Installation;
beforeEach(async () => {
  db = await freshDb();
  centre = await makeInstallation('C6501-1');
  department = await makeInstallation('DSDW-1');
});
afterEach(() => db.close());

function enrolmentOf(installation: Installation): Enrolment {
  return {
    format: 'opm-enrolment',
    version: 1,
    installationId: installation.id,
    organisation: installation.id.split('-')[0]!,
    organisationName: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
    minisignPublicKey: publicKeyBase64(installation.signing.publicKey),
    ageRecipient: installation.age.recipient,
    createdAt: '2026-11-20T00:00:00.000Z',
  };
}

const own = (installation: Installation) => ({
  installationId: installation.id,
  minisignPublicKey: publicKeyBase64(installation.signing.publicKey),
  ageRecipient: installation.age.recipient,
});

describe('the department’s keyring', () => {
  it('lists the department itself and each enrolled installation once, sorted by id', async () => {
    await ensureOwnEntry(db, own(department), '2026-11-21T00:00:00.000Z');
    await enrol(db, enrolmentOf(centre), '2026-11-22T00:00:00.000Z');
    await enrol(db, enrolmentOf(centre), '2026-11-23T00:00:00.000Z');
    const { keyring } = (await loadTrust(db)).keyring!;
    expect(keyring.installations.map((e) => [e.id, e.validFrom])).toEqual([
      ['C6501-1', '2026-11-22T00:00:00.000Z'],
      ['DSDW-1', '2026-11-21T00:00:00.000Z'],
    ]);
  });

  it('replaces the keys of an installation that enrolled again with new ones', async () => {
    await enrol(db, enrolmentOf(centre), '2026-11-22T00:00:00.000Z');
    const renewed = await makeInstallation('C6501-1');
    const keyring = await enrol(db, enrolmentOf(renewed), '2026-11-23T00:00:00.000Z');
    expect(keyring.installations).toEqual([
      { ...keyringEntryOf(renewed), validFrom: '2026-11-23T00:00:00.000Z' },
    ]);
  });

  it('revokes with a date, which the trust it gives carries, and drops it from the recipients', async () => {
    await enrol(db, enrolmentOf(centre), '2026-11-22T00:00:00.000Z');
    await revoke(db, 'C6501-1', '2026-12-01T00:00:00.000Z', '2026-11-23T00:00:00.000Z');
    const state = await loadTrust(db);
    expect(trustOf(state)('C6501-1')).toMatchObject({ revokedAt: '2026-12-01T00:00:00.000Z' });
    expect(recipientsFor(state, 'C6501', 'age1self')).toEqual(['age1self']);
  });

  it('refuses to revoke an unknown installation, or before its key was valid', async () => {
    await expect(revoke(db, 'C6501-1', '2026-12-01T00:00:00.000Z', 'x')).rejects.toMatchObject({
      code: 'keyring.unknown',
    });
    await enrol(db, enrolmentOf(centre), '2026-11-22T00:00:00.000Z');
    await expect(revoke(db, 'C6501-1', '2026-11-01T00:00:00.000Z', 'x')).rejects.toMatchObject({
      code: 'keyring.revoke-before-valid',
    });
  });
});

describe('a centre’s trust', () => {
  it('comes from the department’s keys until a keyring arrives, and encrypts to the department and itself', async () => {
    await saveDepartmentKeys(db, [keyringEntryOf(department)]);
    const state = await loadTrust(db);
    expect(trustOf(state)('DSDW-1')?.keyId).toBe(department.signing.publicKey.keyId);
    expect(trustOf(state)('C6501-2')).toBeNull();
    expect(recipientsFor(state, 'DSDW', centre.age.recipient)).toEqual([
      department.age.recipient,
      centre.age.recipient,
    ]);
  });
});
