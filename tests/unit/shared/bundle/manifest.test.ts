import { describe, expect, it } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import {
  bundleFileName,
  parseManifest,
  serializeManifest,
  trustedCommentFor,
  type Manifest,
} from '@shared/bundle/manifest';
import { codeOf, sampleFields } from './bundle-fixture';

const manifest: Manifest = {
  format: 'opm-bundle',
  version: 1,
  ...sampleFields(),
  keyId: '7A43DBCA34440CE7',
  entries: [
    { path: 'data/volunteers.ndjson', sha256: 'b'.repeat(64), bytes: 123456, records: 812 },
    { path: `files/${'3a7b'.repeat(16)}`, sha256: '3a7b'.repeat(16), bytes: 20480 },
  ],
};

const asBytes = (value: unknown) => utf8(JSON.stringify(value));

describe('manifest.json', () => {
  it('reads back what it writes, with the contract key order', () => {
    const bytes = serializeManifest(manifest);
    expect(parseManifest(bytes)).toEqual(manifest);
    const text = new TextDecoder().decode(bytes);
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"entries"'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('builds the trusted comment and the file name the contract names', () => {
    expect(trustedCommentFor(manifest, 'c'.repeat(64))).toBe(
      `opm-bundle v1 C6501-1 42 ${'c'.repeat(64)}`,
    );
    expect(bundleFileName(manifest)).toBe('C6501-1-000042-20261122.opmb');
  });

  it.each([
    ['not JSON', utf8('{'), 'bundle.manifest.json'],
    ['not UTF-8', Uint8Array.of(0x7b, 0xff, 0x7d), 'bundle.manifest.json'],
    ['an array', asBytes([]), 'bundle.manifest.json'],
    ['another format', asBytes({ ...manifest, format: 'zip' }), 'bundle.manifest.format'],
    ['a newer version', asBytes({ ...manifest, version: 2 }), 'bundle.manifest.version'],
    ['an unknown field', asBytes({ ...manifest, extra: 1 }), 'bundle.manifest.schema'],
    [
      'a lower-case key id',
      asBytes({ ...manifest, keyId: 'ab'.repeat(8) }),
      'bundle.manifest.schema',
    ],
    ['since above upTo', asBytes({ ...manifest, since: 2000 }), 'bundle.manifest.schema'],
    [
      'an issuer of another centre',
      asBytes({ ...manifest, issuer: 'C6502-1' }),
      'bundle.manifest.schema',
    ],
    [
      'a keyring from a centre',
      asBytes({ ...manifest, kind: 'keyring' }),
      'bundle.manifest.schema',
    ],
    [
      'a first bundle naming a previous',
      asBytes({ ...manifest, sequence: 1 }),
      'bundle.manifest.schema',
    ],
    [
      'a later bundle without previous',
      asBytes({ ...manifest, previous: null }),
      'bundle.manifest.schema',
    ],
    [
      'a file not named by its hash',
      asBytes({
        ...manifest,
        entries: [{ path: `files/${'d'.repeat(64)}`, sha256: 'e'.repeat(64), bytes: 1 }],
      }),
      'bundle.manifest.schema',
    ],
    [
      'a table without a record count',
      asBytes({
        ...manifest,
        entries: [{ path: 'data/a.ndjson', sha256: 'e'.repeat(64), bytes: 1 }],
      }),
      'bundle.manifest.schema',
    ],
    [
      'an entry declared twice',
      asBytes({ ...manifest, entries: [manifest.entries[0], manifest.entries[0]] }),
      'bundle.manifest.schema',
    ],
  ])('refuses %s', async (_what, bytes, code) => {
    expect(await codeOf(() => parseManifest(bytes))).toBe(code);
  });

  it('says where the manifest is wrong', () => {
    const bytes = asBytes({ ...manifest, entries: [{ ...manifest.entries[0], bytes: -1 }] });
    expect(() => parseManifest(bytes)).toThrow(/entries\.0\.bytes/);
  });
});
