import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAttachment } from '@renderer/db/attachments';
import { applyChecked, checkBundle } from '@renderer/db/exchange/check-bundle';
import { saveDepartmentKeys, saveKeyring, loadTrust } from '@renderer/db/exchange/trust';
import { recordSent } from '@renderer/db/exchange/export-changes';
import { writeNextBundle } from '@renderer/db/exchange/write-next-bundle';
import { writeKeyringBundle } from '@shared/bundle/keyring-bundle';
import { KEYRING_FORMAT, KEYRING_VERSION } from '@shared/bundle/keyring';
import { signMinisign } from '@shared/bundle/minisign';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { keyringEntryOf } from '../../../shared/bundle/bundle-fixture';
import { contents, makeSite, type Site } from './exchange-fixture';

let centre: Site;
let department: Site;
beforeEach(async () => {
  centre = await makeSite('C6501-1');
  department = await makeSite('DSDW-1');
  const keyring = {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    installations: [keyringEntryOf(centre.keys), keyringEntryOf(department.keys)],
  } as const;
  const at = '2026-11-22T00:00:00.000Z';
  await saveKeyring(department.db, {
    keyring: { ...keyring, installations: [...keyring.installations] },
    issuer: null,
    sequence: 0,
    at,
  });
  await saveDepartmentKeys(centre.db, [keyringEntryOf(department.keys)]);
});
afterEach(() => {
  centre.db.close();
  department.db.close();
});

/** The signer an installation's host would be, here with the secret key in hand. */
function signerOf(site: Site) {
  const { secretKey } = site.keys.signing;
  return {
    keyId: secretKey.keyId,
    sign: async (bytes: Uint8Array, comment: string) => signMinisign(bytes, secretKey, comment),
  };
}

async function centreBundle() {
  const written = await writeNextBundle(
    centre.db,
    centre.context,
    'DSDW',
    [department.keys.age.recipient, centre.keys.age.recipient],
    signerOf(centre),
  );
  await recordSent(centre.db, centre.context, written, written.fileName);
  return written;
}

describe('checking a bundle before anything is written', () => {
  it('shows what a centre’s bundle would add, writes nothing, then applies it with its photos', async () => {
    const photo = await saveAttachment(
      centre.db,
      new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]),
      'image/jpeg',
    );
    const [a] = await centre.writer.createMany('volunteers', [
      sampleVolunteer({ photo }),
      sampleVolunteer({ nationalId: '3100600211235' }),
    ]);
    const written = await centreBundle();
    expect(written.manifest.entries.map((e) => e.path)).toContain(`files/${photo.sha256}`);
    const before = await contents(department.db);
    const { summary, bundle } = await checkBundle(
      department.db,
      department.context,
      'in.opmb',
      written.bytes,
      [department.keys.age.identity],
    );
    expect(summary).toMatchObject({
      outcome: 'apply',
      issuer: 'C6501-1',
      kind: 'records',
      sequence: 1,
      encrypted: true,
    });
    expect(summary.counts.volunteers).toEqual({ added: 2, updated: 0, unchanged: 0, conflicts: 0 });
    expect(await contents(department.db)).toEqual(before);
    expect(await department.db.exchangeLog.count()).toBe(0);

    const log = await applyChecked(department.db, department.context, bundle!, 'in.opmb');
    expect(log).toMatchObject({
      outcome: 'applied',
      fileName: 'in.opmb',
      recipient: 'DSDW',
      kind: 'records',
    });
    expect(await department.db.volunteers.get(a!.id)).toMatchObject({ owner: 'C6501' });
    expect(await department.db.attachments.get(photo.sha256)).toMatchObject({
      type: 'image/jpeg',
      size: 6,
    });
    expect(await department.db.exchangeLog.toArray()).toEqual([
      expect.objectContaining({ fileName: 'in.opmb', outcome: 'applied' }),
    ]);
  });

  it('refuses a bundle from an installation the keyring does not list, logging only the refusal', async () => {
    const stranger = await makeSite('C6502-1');
    await stranger.writer.create('volunteers', sampleVolunteer());
    const written = await writeNextBundle(
      stranger.db,
      stranger.context,
      'DSDW',
      [department.keys.age.recipient],
      signerOf(stranger),
    );
    const before = await contents(department.db);
    const { summary, bundle } = await checkBundle(
      department.db,
      department.context,
      'x.opmb',
      written.bytes,
      [department.keys.age.identity],
    );
    expect(bundle).toBeNull();
    expect(summary).toMatchObject({ outcome: 'rejected', code: 'bundle.signature.unknown-issuer' });
    expect(summary.reason!.th).toContain('ทะเบียนกุญแจ');
    expect(await contents(department.db)).toEqual(before);
    expect(await department.db.exchangeLog.toArray()).toEqual([
      expect.objectContaining({ outcome: 'rejected', fileName: 'x.opmb', reason: summary.reason }),
    ]);
    stranger.db.close();
  });

  it('refuses a bundle this installation cannot decrypt, and says so', async () => {
    await centre.writer.create('volunteers', sampleVolunteer());
    const written = await writeNextBundle(
      centre.db,
      centre.context,
      'DSDW',
      [centre.keys.age.recipient],
      signerOf(centre),
    );
    const { summary } = await checkBundle(
      department.db,
      department.context,
      'y.opmb',
      written.bytes,
      [department.keys.age.identity],
    );
    expect(summary.outcome).toBe('rejected');
    expect(summary.code).toBe('bundle.age.no-identity');
  });
});

describe('the department’s releases', () => {
  it('carry to a centre the registrations of its own volunteers only', async () => {
    const [ours] = await centre.writer.createMany('volunteers', [sampleVolunteer()]);
    const sent = await centreBundle();
    const { bundle } = await checkBundle(department.db, department.context, 'c.opmb', sent.bytes, [
      department.keys.age.identity,
    ]);
    await applyChecked(department.db, department.context, bundle!, 'c.opmb');
    // Another centre's volunteer, as the department holds it after reading that centre's bundle.
    const theirs = {
      ...sampleVolunteer({ nationalId: '3100600211235' }),
      id: '00000000-0000-4000-8000-000000000099',
    };
    await department.db.volunteers.add({
      ...theirs,
      owner: 'C6502',
      vv: { 'C6502-1': 1 },
      updatedAt: '2026-11-20T00:00:00.000Z',
      updatedBy: 'C6502-1',
      deletedAt: null,
      lc: 0,
      ix: {},
    });
    await department.writer.createMany('registrations', [
      { volunteerId: ours!.id, number: '65-2569-00001', status: 'registered', on: '2026-11-22' },
      { volunteerId: theirs.id, number: '65-2569-00002', status: 'registered', on: '2026-11-22' },
    ]);
    const release = await writeNextBundle(
      department.db,
      department.context,
      'C6501',
      [centre.keys.age.recipient, department.keys.age.recipient],
      signerOf(department),
    );
    expect(release.manifest).toMatchObject({ issuer: 'DSDW-1', recipient: 'C6501', since: 0 });
    expect(release.manifest.acks).toEqual({ 'C6501-1': sent.manifest.upTo });

    const { summary, bundle: verified } = await checkBundle(
      centre.db,
      centre.context,
      'r.opmb',
      release.bytes,
      [centre.keys.age.identity],
    );
    expect(summary.counts.registrations).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
    });
    await applyChecked(centre.db, centre.context, verified!, 'r.opmb');
    expect(await centre.db.registrations.where('volunteerId').equals(ours!.id).toArray()).toEqual([
      expect.objectContaining({ number: '65-2569-00001', owner: 'DSDW' }),
    ]);
  });
});

describe('the keyring bundle', () => {
  it('is checked against the department’s keys, replaces the keyring, and is a no-op when read again', async () => {
    const { keyring } = (await loadTrust(department.db)).keyring!;
    const written = await writeKeyringBundle({
      keyring,
      issuer: 'DSDW-1',
      sequence: 1,
      previous: null,
      createdAt: '2026-11-22T10:00:00.000Z',
      secretKey: department.keys.signing.secretKey,
    });
    const first = await checkBundle(centre.db, centre.context, 'k.opmb', written.bytes, []);
    expect(first.summary).toMatchObject({
      outcome: 'apply',
      kind: 'keyring',
      keyring: { installations: 2, revoked: 0 },
    });
    await applyChecked(centre.db, centre.context, first.bundle!, 'k.opmb');
    expect((await loadTrust(centre.db)).keyring).toMatchObject({
      issuer: 'DSDW-1',
      sequence: 1,
      keyring,
    });
    const again = await checkBundle(centre.db, centre.context, 'k.opmb', written.bytes, []);
    expect(again.summary.outcome).toBe('no-op');
  });

  it('from anyone but the department’s keys is refused', async () => {
    const impostor = await makeSite('DSDW-9');
    const written = await writeKeyringBundle({
      keyring: { format: KEYRING_FORMAT, version: KEYRING_VERSION, installations: [] },
      issuer: 'DSDW-9',
      sequence: 1,
      previous: null,
      createdAt: '2026-11-22T10:00:00.000Z',
      secretKey: impostor.keys.signing.secretKey,
    });
    const { summary } = await checkBundle(centre.db, centre.context, 'k.opmb', written.bytes, []);
    expect(summary.outcome).toBe('rejected');
    expect((await loadTrust(centre.db)).keyring).toBeNull();
    impostor.db.close();
  });
});
