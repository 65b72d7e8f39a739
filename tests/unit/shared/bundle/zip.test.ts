import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { utf8 } from '@shared/bundle/bytes';
import { crc32 } from '@shared/bundle/crc32';
import {
  defaultZipLimits,
  extractZipEntry,
  readZipDirectory,
  type ZipLimits,
} from '@shared/bundle/zip-read';
import { writeZip, type ZipInput } from '@shared/bundle/zip-write';
import { isUserFacingError } from '@shared/errors';
import { codeOf, patchCentral } from './bundle-fixture';

const text = (name: string, body: string, method: ZipInput['method'] = 'deflated'): ZipInput => ({
  name,
  data: utf8(body),
  method,
});

function readAll(zip: Uint8Array, limits?: ZipLimits): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readZipDirectory(zip, limits)) {
    out[entry.name] = new TextDecoder().decode(extractZipEntry(zip, entry));
  }
  return out;
}

async function refusal(zip: Uint8Array, limits?: ZipLimits): Promise<string> {
  return codeOf(() => readAll(zip, limits));
}

// Central-directory record offsets (APPNOTE 4.3.12).
const CD_CRC = 16;
const CD_SIZE = 24;
const CD_LOCAL_OFFSET = 42;

describe('writing a ZIP', () => {
  it('round-trips stored and deflated entries with UTF-8 names', () => {
    const zip = writeZip([
      text('manifest.json', '{"a":1}\n'),
      text('files/อาสาสมัคร.txt', 'ภาษาไทย', 'stored'),
      text('data/empty.ndjson', ''),
    ]);
    expect(readAll(zip)).toEqual({
      'manifest.json': '{"a":1}\n',
      'files/อาสาสมัคร.txt': 'ภาษาไทย',
      'data/empty.ndjson': '',
    });
  });

  it('writes the same bytes every time (no clock in the archive)', () => {
    const entries = [text('a.txt', 'x'.repeat(1000)), text('b.txt', 'y', 'stored')];
    expect(writeZip(entries)).toEqual(writeZip(entries));
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips any entries', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-z][a-z0-9/]{0,20}$/),
            data: fc.uint8Array({ maxLength: 2000 }),
            method: fc.constantFrom<ZipInput['method']>('stored', 'deflated'),
          }),
          { selector: (entry) => entry.name, maxLength: 8 },
        ),
        (entries) => {
          const zip = writeZip(entries);
          const read = readZipDirectory(zip);
          expect(read.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
          read.forEach((entry, i) => expect(extractZipEntry(zip, entry)).toEqual(entries[i]!.data));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('reading a ZIP refuses', () => {
  const good = writeZip([text('manifest.json', 'm'.repeat(300)), text('data/a.ndjson', 'abc')]);

  it('a truncated file, at any length', async () => {
    for (let length = 0; length < good.length; length += 7) {
      expect(await refusal(good.subarray(0, length))).toBe('bundle.zip.truncated');
    }
  });

  it('a byte flipped in any entry, as damage rather than a crash', async () => {
    const entries = readZipDirectory(good);
    for (const entry of entries) {
      const flipped = good.slice();
      flipped[entry.dataStart]! ^= 0xff;
      expect(await refusal(flipped)).toMatch(/^bundle\.zip\.(crc|corrupt|size)$/);
    }
  });

  it('never anything but a UserFacingError, whatever byte is changed', () => {
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const changed = good.slice();
        changed[at]! ^= xor;
        try {
          readAll(changed);
        } catch (error) {
          expect(isUserFacingError(error) && error.code).toMatch(/^bundle\.zip\.[a-z0-9-]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('two central-directory records pointing into the same data', async () => {
    const zip = writeZip([text('a.txt', 'one'), text('b.txt', 'two')]);
    expect(await refusal(patchCentral(zip, 1, CD_LOCAL_OFFSET, 0))).toBe('bundle.zip.overlap');
  });

  it('10,001 tiny entries, but takes 10,000', async () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => text(`files/${i}`, '', 'stored'));
    expect(await refusal(writeZip(entries(10_001)))).toBe('bundle.zip.too-many-entries');
    expect(readZipDirectory(writeZip(entries(10_000)))).toHaveLength(10_000);
  });

  it('an entry declaring 3 GiB from a few bytes (zip bomb), before inflating anything', async () => {
    const zip = patchCentral(writeZip([text('data/a.ndjson', 'abc')]), 0, CD_SIZE, 3 * 1024 ** 3);
    expect(await refusal(zip)).toBe('bundle.zip.ratio');
  });

  it('an archive expanding past the total limit', async () => {
    const zip = writeZip([
      text('a', 'x'.repeat(600), 'stored'),
      text('b', 'y'.repeat(600), 'stored'),
    ]);
    const limits = { ...defaultZipLimits, maxTotalBytes: 1000 };
    expect(await refusal(zip, limits)).toBe('bundle.zip.too-large');
  });

  it('an entry expanding past its declared size, or short of it', async () => {
    const longer = patchCentral(writeZip([text('a', 'x'.repeat(5000))]), 0, CD_SIZE, 4000);
    expect(await refusal(longer)).toBe('bundle.zip.size');
    const shorter = patchCentral(writeZip([text('a', 'x'.repeat(5000))]), 0, CD_SIZE, 6000);
    expect(await refusal(shorter)).toBe('bundle.zip.size');
  });

  it('a wrong CRC and damaged deflate data', async () => {
    const zip = writeZip([text('a', 'hello')]);
    expect(await refusal(patchCentral(zip, 0, CD_CRC, 1))).toBe('bundle.zip.crc');
    const garbage = writeZip([{ name: 'a', data: Uint8Array.of(0xff, 0xff), method: 'stored' }]);
    // Relabel the stored garbage as deflated.
    const relabelled = garbage.slice();
    const view = new DataView(relabelled.buffer);
    view.setUint16(8, 8, true);
    view.setUint16(relabelled.length - 22 - 46 - 1 + 10, 8, true);
    expect(await refusal(relabelled)).toMatch(/^bundle\.zip\.(corrupt|size)$/);
  });

  it.each([
    ['/etc/passwd', 'absolute'],
    ['data/../../evil', 'parent'],
    ['..', 'parent alone'],
    ['data\\evil', 'backslash'],
    ['C:/evil', 'drive letter'],
    ['c:evil', 'drive letter without slash'],
    ['data/a\0b', 'NUL'],
  ])('the name %j (%s)', async (name) => {
    expect(await refusal(writeZip([text(name, 'x')]))).toBe('bundle.zip.name');
  });

  it('names that differ only by case', async () => {
    const zip = writeZip([
      text('data/Volunteers.ndjson', 'a'),
      text('data/volunteers.ndjson', 'b'),
    ]);
    expect(await refusal(zip)).toBe('bundle.zip.duplicate');
  });

  it('names that differ only by Unicode normalisation', async () => {
    const composed = 'files/caf\u00e9';
    const decomposed = 'files/cafe\u0301';
    expect(composed).not.toBe(decomposed);
    const zip = writeZip([text(composed, 'a'), text(decomposed, 'b')]);
    expect(await refusal(zip)).toBe('bundle.zip.duplicate');
  });

  it('the same name twice', async () => {
    expect(await refusal(writeZip([text('a', '1'), text('a', '2')]))).toBe('bundle.zip.duplicate');
  });

  it('a deflated entry whose declared ratio is absurd even when small data backs it', async () => {
    const data = new Uint8Array(4 * 1024 ** 2);
    expect(deflateSync(data).length * defaultZipLimits.maxRatio).toBeLessThan(data.length);
    expect(await refusal(writeZip([{ name: 'zeros', data, method: 'deflated' }]))).toBe(
      'bundle.zip.ratio',
    );
  });

  it('a central directory whose local header names another entry', async () => {
    const zip = writeZip([text('a.txt', 'one')]);
    const changed = zip.slice();
    changed[30] = 'b'.charCodeAt(0);
    expect(await refusal(changed)).toBe('bundle.zip.local-header');
  });
});
