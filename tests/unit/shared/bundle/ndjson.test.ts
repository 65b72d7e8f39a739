import { describe, expect, it } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import { encodeTable, parseTable } from '@shared/bundle/ndjson';
import { codeOf, volunteer } from './bundle-fixture';

const parse = (text: string) => codeOf(() => parseTable('data/volunteers.ndjson', utf8(text)));

describe('NDJSON tables', () => {
  it('writes one object a line, sorted by id, with \\n ends, and reads them back', () => {
    const bytes = encodeTable('volunteers', [volunteer(2), volunteer(1)]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseTable('data/volunteers.ndjson', bytes)).toEqual([volunteer(1), volunteer(2)]);
    expect(encodeTable('volunteers', [])).toEqual(new Uint8Array(0));
  });

  it('refuses two records with one id when writing', async () => {
    expect(await codeOf(() => encodeTable('v', [volunteer(1), volunteer(1)]))).toBe(
      'bundle.records.id',
    );
  });

  it.each([
    ['{"id":"a","__proto__":{"admin":true}}\n', 'bundle.records.forbidden-key'],
    ['{"id":"a","x":{"constructor":{}}}\n', 'bundle.records.forbidden-key'],
    ['{"id":"a","x":[{"prototype":1}]}\n', 'bundle.records.forbidden-key'],
    // A key spelt with escapes is the same key once parsed.
    ['{"id":"a","\\u005f_proto__":{"admin":true}}\n', 'bundle.records.forbidden-key'],
    ['{"id":"a","x":{"constr\\u0075ctor":1}}\n', 'bundle.records.forbidden-key'],
    ['[1]\n', 'bundle.records.json'],
    ['{"id":"a"\n', 'bundle.records.json'],
    ['{"id":"a"}', 'bundle.records.line-end'],
    ['{"id":"a"}\r\n', 'bundle.records.line-end'],
    ['{"x":1}\n', 'bundle.records.id'],
    ['{"id":"b"}\n{"id":"a"}\n', 'bundle.records.order'],
    ['{"id":"a"}\n{"id":"a"}\n', 'bundle.records.order'],
    ['{"id":"a"}\n\n', 'bundle.records.json'],
  ])('refuses %j', async (text, code) => {
    expect(await parse(text)).toBe(code);
  });

  it('names the line that is wrong', () => {
    expect(() =>
      parseTable('data/v.ndjson', utf8('{"id":"a"}\n{"id":"b","__proto__":1}\n')),
    ).toThrow(/data\/v\.ndjson line 2/);
  });
});
