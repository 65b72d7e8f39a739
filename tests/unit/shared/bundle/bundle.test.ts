import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '@shared/bundle/bytes';
import { serializeManifest, type Manifest } from '@shared/bundle/manifest';
import { generateMinisignKeyPair, signMinisign } from '@shared/bundle/minisign';
import { verifyBundle, type VerifyOptions } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import { readZipDirectory } from '@shared/bundle/zip-read';
import {
  codeOf,
  makeInstallation,
  patchCentral,
  rezip,
  sampleFields,
  sampleTables,
  trusting,
  type Installation,
} from './bundle-fixture';

const photo = utf8('\xff\xd8 a photo');
let centre: Installation;
let department: Installation;
let plain: Uint8Array;
let options: VerifyOptions;

beforeAll(async () => {
  centre = await makeInstallation('C6501-1');
  department = await makeInstallation('DSDW-1');
  options = { trust: trusting(centre), identities: [department.age.identity] };
  // A keyring-kind bundle may travel unencrypted, which lets the tests reach into the ZIP.
  plain = (
    await writeBundle({
      manifestFields: sampleFields({ kind: 'keyring', issuer: 'DSDW-1', organisation: 'DSDW' }),
      tables: sampleTables(),
      files: [photo],
      secretKey: department.signing.secretKey,
      plain: true,
    })
  ).bytes;
});

const plainOptions = (): VerifyOptions => ({ trust: trusting(department) });
const refusal = (bytes: Uint8Array, opts = plainOptions()) => codeOf(verifyBundle(bytes, opts));

describe('writing and verifying a bundle', () => {
  it('round-trips an encrypted records bundle', async () => {
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      files: [photo],
      secretKey: centre.signing.secretKey,
      recipients: [department.age.recipient, centre.age.recipient],
    });
    expect(written.fileName).toBe('C6501-1-000042-20261122.opmb');
    expect(written.encrypted).toBe(true);
    const read = await verifyBundle(written.bytes, options);
    expect(read.manifest).toEqual(written.manifest);
    expect(read.manifestSha256).toBe(written.manifestSha256);
    expect(read.tables.volunteers!.map((r) => r.id)).toEqual(
      [...sampleTables().volunteers!].map((r) => r.id).sort(),
    );
    expect(read.tables.trainingRounds).toEqual([]);
    expect(read.files[sha256Hex(photo)]).toEqual(photo);
    expect(read.manifest.entries.map((e) => e.path)).toEqual([
      'data/trainingRounds.ndjson',
      'data/volunteers.ndjson',
      `files/${sha256Hex(photo)}`,
    ]);
    // The sender can re-read what it sent.
    expect(
      (await verifyBundle(written.bytes, { ...options, identities: [centre.age.identity] }))
        .encrypted,
    ).toBe(true);
  });

  it('reads a plain bundle and writes the same bytes twice', async () => {
    expect((await verifyBundle(plain, plainOptions())).encrypted).toBe(false);
    const again = await writeBundle({
      manifestFields: sampleFields({ kind: 'keyring', issuer: 'DSDW-1', organisation: 'DSDW' }),
      tables: sampleTables(),
      files: [photo],
      secretKey: department.signing.secretKey,
      plain: true,
    });
    expect(again.bytes).toEqual(plain);
  });

  it('refuses to write personal records unencrypted', async () => {
    const work = writeBundle({
      manifestFields: sampleFields(),
      tables: {},
      secretKey: centre.signing.secretKey,
      plain: true,
    });
    expect(await codeOf(work)).toBe('bundle.write.plain-records');
  });
});

describe('verifying a bundle refuses', () => {
  it('a file of another kind, and one over the size limit', async () => {
    expect(await refusal(utf8('hello'))).toBe('bundle.file.unknown');
    expect(await refusal(plain, { ...plainOptions(), limits: { maxFileBytes: 100 } })).toBe(
      'bundle.file.too-large',
    );
  });

  it('a bundle encrypted to someone else', async () => {
    const stranger = await makeInstallation('C6502-1');
    expect(await refusal((await sealedFor(stranger)).bytes, options)).toBe(
      'bundle.age.no-identity',
    );
  });

  it('a truncated file', async () => {
    expect(await refusal(plain.subarray(0, plain.length - 10))).toBe('bundle.zip.truncated');
    const sealed = (await sealedFor(department)).bytes;
    expect(await refusal(sealed.subarray(0, sealed.length - 10), options)).toBe(
      'bundle.age.corrupt',
    );
  });

  it('a byte flipped in any entry', async () => {
    for (const entry of readZipDirectory(plain)) {
      const flipped = plain.slice();
      flipped[entry.dataStart + Math.floor(entry.compressedSize / 2)]! ^= 0x01;
      // The manifest and its signature by their CRC; the others by their SHA-256 as well.
      expect(await refusal(flipped), entry.name).toMatch(
        /^bundle\.(zip\.(crc|corrupt|size)|entry\.sha256)$/,
      );
    }
  });

  const flipAt = (at: number) => (data: Uint8Array) => {
    const out = data.slice();
    out[at]! ^= 0x01;
    return out;
  };
  /** Another base64 letter at `at`, so the signature still decodes but no longer matches. */
  const changeLetterAt = (at: number) => (data: Uint8Array) => {
    const out = data.slice();
    out[at] = out[at] === 0x41 ? 0x42 : 0x41;
    return out;
  };
  const replaceText = (from: string, to: string) => (data: Uint8Array) =>
    utf8(new TextDecoder().decode(data).replace(from, to));
  it.each([
    ['manifest.json', replaceText('"since": 1200', '"since": 1201'), 'bundle.signature.signature'],
    ['manifest.json.minisig', changeLetterAt(80), 'bundle.signature.signature'],
    [
      'manifest.json.minisig',
      replaceText('\ntrusted comment: ', '\ntrusted comment:  '),
      'bundle.signature.trusted-comment',
    ],
    ['data/volunteers.ndjson', flipAt(5), 'bundle.entry.sha256'],
    ['data/trainingRounds.ndjson', () => utf8('{"id":"x"}\n'), 'bundle.entry.size'],
    ['files/', flipAt(3), 'bundle.entry.sha256'],
  ])('a changed %s, even with its CRC made right', async (name, edit, code) => {
    const changed = rezip(plain, (entries) =>
      entries.map((entry) =>
        entry.name.startsWith(name) ? { ...entry, data: edit(entry.data) } : entry,
      ),
    );
    expect(await refusal(changed)).toBe(code);
  });

  it('an entry declared but missing, and one present but undeclared', async () => {
    const missing = rezip(plain, (entries) => entries.filter((e) => !e.name.startsWith('files/')));
    expect(await refusal(missing)).toBe('bundle.entry.missing');
    const extra = rezip(plain, (entries) => [
      ...entries,
      { name: 'data/secrets.ndjson', data: utf8(''), method: 'stored' },
    ]);
    expect(await refusal(extra)).toBe('bundle.entry.undeclared');
    const noManifest = rezip(plain, (entries) => entries.filter((e) => e.name !== 'manifest.json'));
    expect(await refusal(noManifest)).toBe('bundle.manifest.missing');
    const noSignature = rezip(plain, (entries) =>
      entries.filter((e) => e.name !== 'manifest.json.minisig'),
    );
    expect(await refusal(noSignature)).toBe('bundle.signature.missing');
  });

  it('an entry whose ZIP size disagrees with the manifest, before expanding it', async () => {
    const index = readZipDirectory(plain).findIndex((e) => e.name === 'data/volunteers.ndjson');
    // A ratio limit that lets 3 GiB through shows the manifest check stands on its own.
    const opts = { ...plainOptions(), limits: { maxRatio: 1e12 } };
    expect(await refusal(patchCentral(plain, index, 24, 3 * 1024 ** 3), opts)).toBe(
      'bundle.entry.size',
    );
  });

  it('an issuer that is not in the keyring, or signing with another key', async () => {
    expect(await refusal(plain, { trust: () => null })).toBe('bundle.signature.unknown-issuer');
    const other = generateMinisignKeyPair().publicKey;
    expect(await refusal(plain, { trust: () => other })).toBe('bundle.signature.key-id');
    const sameIdOtherKey = { ...other, keyId: department.signing.publicKey.keyId };
    expect(await refusal(plain, { trust: () => sameIdOtherKey })).toBe(
      'bundle.signature.signature',
    );
  });

  it('a key revoked before the bundle was made, but not one revoked after', async () => {
    const revoked = (revokedAt: string) => ({ trust: trusting(department, { revokedAt }) });
    expect(await refusal(plain, revoked('2026-11-01T00:00:00.000Z'))).toBe(
      'bundle.signature.revoked',
    );
    expect(await refusal(plain, revoked('2026-12-01T00:00:00.000Z'))).toBe('accepted');
  });

  it('a trusted comment that disagrees with the manifest', async () => {
    const forged = rezip(plain, (entries) => {
      const manifest = entries.find((e) => e.name === 'manifest.json')!.data;
      const signature = signMinisign(
        manifest,
        department.signing.secretKey,
        'opm-bundle v1 DSDW-1 41 x',
      );
      return entries.map((e) =>
        e.name === 'manifest.json.minisig' ? { ...e, data: utf8(signature) } : e,
      );
    });
    expect(await refusal(forged)).toBe('bundle.signature.comment');
  });

  it('a record count that differs from the manifest, even when signed', async () => {
    const written = await resigned((manifest) => ({
      ...manifest,
      entries: manifest.entries.map((e) =>
        e.path === 'data/volunteers.ndjson' ? { ...e, records: 4 } : e,
      ),
    }));
    expect(await refusal(written)).toBe('bundle.entry.records');
  });

  it('records carrying __proto__, even when signed', async () => {
    const table = utf8('{"id":"a","__proto__":{"polluted":true}}\n');
    const written = await resigned(
      (manifest) => ({
        ...manifest,
        entries: manifest.entries.map((e) =>
          e.path === 'data/volunteers.ndjson'
            ? { ...e, sha256: sha256Hex(table), bytes: table.length, records: 1 }
            : e,
        ),
      }),
      { 'data/volunteers.ndjson': table },
    );
    expect(await refusal(written)).toBe('bundle.records.forbidden-key');
  });
});

function sealedFor(to: Installation) {
  return writeBundle({
    manifestFields: sampleFields(),
    tables: sampleTables(),
    secretKey: centre.signing.secretKey,
    recipients: [to.age.recipient],
  });
}

/** Rewrites the plain bundle with a changed manifest, properly signed by the department. */
async function resigned(
  edit: (manifest: Manifest) => Manifest,
  replace: Record<string, Uint8Array> = {},
): Promise<Uint8Array> {
  const read = await verifyBundle(plain, plainOptions());
  const manifestBytes = serializeManifest(edit(read.manifest));
  const comment = `opm-bundle v1 DSDW-1 42 ${sha256Hex(manifestBytes)}`;
  const signature = signMinisign(manifestBytes, department.signing.secretKey, comment);
  return rezip(plain, (entries) =>
    entries.map((e) => {
      if (e.name === 'manifest.json') return { ...e, data: manifestBytes };
      if (e.name === 'manifest.json.minisig') return { ...e, data: utf8(signature) };
      return replace[e.name] ? { ...e, data: replace[e.name]! } : e;
    }),
  );
}
