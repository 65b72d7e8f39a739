import { describe, expect, it } from 'vitest';
import { createNameDirectory } from '@shared/domain/volunteers/name-directory';
import { searchableName } from '@shared/domain/volunteers/volunteer-search';
import { groupTag, skillTag, volunteerTags } from '@shared/domain/volunteers/volunteer-tags';

describe('the name directory', () => {
  it('finds the names every word matches, in name order, as they are changed and removed', () => {
    const directory = createNameDirectory();
    directory.put({ id: 'a', sort: 'sa', name: searchableName(['สมชาย', 'ใจดี']) });
    directory.put({ id: 'b', sort: 'sb', name: searchableName(['สมหญิง', 'ใจดี']) });
    directory.put({ id: 'c', sort: 'sc', name: searchableName(['ชาย', 'ดีมาก'], ['Chai']) });
    expect(directory.find({ words: ['ใจดี'] })).toEqual(['a', 'b']);
    expect(directory.find({ words: ['ชาย', 'ดี'] })).toEqual(['a', 'c']);
    expect(directory.find({ words: ['chai'] })).toEqual(['c']);
    // A new sort key moves a name; a removed one leaves; its place is taken by the next.
    directory.put({ id: 'a', sort: 'sz', name: searchableName(['สมศักดิ์', 'ใจดี']) });
    directory.remove('b');
    expect(directory.find({ words: ['ใจดี'] })).toEqual(['a']);
    expect(directory.find({ words: ['ดี'] })).toEqual(['c', 'a']);
    directory.put({ id: 'd', sort: 'sa', name: searchableName(['สมหญิง', 'ดีใจ']) });
    expect(directory.size).toBe(3);
    expect(directory.find({ words: ['ดี'] })).toEqual(['d', 'c', 'a']);
    expect(directory.find({ words: [] })).toEqual([]);
  });

  it('keeps list order through many changes at once and one at a time, ties broken by id', () => {
    const directory = createNameDirectory();
    const sortOf = (n: number) => `k${String((n * 7919) % 5000).padStart(4, '0')}`;
    for (let n = 0; n < 5000; n++) {
      directory.put({ id: `v${n}`, sort: sortOf(n), name: searchableName(['สมชาย']) });
    }
    expect(directory.find({ words: ['ชาย'] })).toHaveLength(5000);
    // Fewer changes than a reorder: each is mended in place.
    directory.put({ id: 'twin', sort: sortOf(3), name: searchableName(['สมชาย']) });
    for (let n = 0; n < 100; n++) directory.remove(`v${n * 3}`);
    directory.put({ id: 'v1', sort: 'a', name: searchableName(['สมชาย']) });
    const expected = [...Array(5000).keys()]
      .filter((n) => n % 3 !== 0 || n >= 300)
      .map((n) => ({ id: `v${n}`, sort: n === 1 ? 'a' : sortOf(n) }))
      .concat({ id: 'twin', sort: sortOf(3) })
      .sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : x.id < y.id ? -1 : 1))
      .map((x) => x.id);
    expect(directory.find({ words: ['ชาย'] })).toEqual(expected);
    expect(directory.slice(10, 20, { sort: 'name', desc: false })).toEqual(expected.slice(10, 20));
    expect(directory.slice(0, 5, { sort: 'name', desc: true })).toEqual(
      expected.slice(-5).reverse(),
    );
    expect(directory.slice(4890, 5000, { sort: 'name', desc: true })).toEqual(
      expected.slice(0, expected.length - 4890).reverse(),
    );
  });

  it('finds by target group and skill, with or without words, and forgets them on removal', () => {
    const directory = createNameDirectory();
    const name = searchableName(['สมชาย', 'ใจดี']);
    directory.put({ id: 'a', sort: 'sa', name, tags: volunteerTags(['children'], ['ปฐมพยาบาล']) });
    directory.put({ id: 'b', sort: 'sb', name, tags: volunteerTags(['children'], []) });
    directory.put({ id: 'c', sort: 'sc', name: searchableName(['มาลี', 'ใจดี']) });
    const children = groupTag('children');
    const firstAid = skillTag('ปฐมพยาบาล');
    expect(directory.find({ words: [], tags: [children] })).toEqual(['a', 'b']);
    expect(directory.find({ words: [], tags: [children, firstAid] })).toEqual(['a']);
    expect(directory.find({ words: ['ใจดี'], tags: [firstAid] })).toEqual(['a']);
    expect(directory.find({ words: ['มาลี'], tags: [children] })).toEqual([]);
    // A skill is matched whole: part of one finds nobody.
    expect(directory.find({ words: [], tags: [skillTag('ปฐม')] })).toEqual([]);
    // New tags replace the old, with or without a new place in the order.
    directory.put({ id: 'a', sort: 'sa', name, tags: volunteerTags([], ['ปฐมพยาบาล']) });
    directory.put({ id: 'c', sort: 'a0', name, tags: volunteerTags(['children'], []) });
    expect(directory.find({ words: [], tags: [children] })).toEqual(['c', 'b']);
    directory.remove('b');
    directory.remove('c');
    expect(directory.find({ words: [], tags: [children] })).toEqual([]);
    expect(directory.find({ words: [], tags: [firstAid] })).toEqual(['a']);
  });

  it('reads the list in its other orders by key then id, mended after few changes, remade after many', () => {
    const directory = createNameDirectory();
    const name = searchableName(['สมชาย']);
    type Entry = { id: string; joined: string; status: string };
    const entries = new Map<string, Entry>();
    const put = (e: Entry) => {
      entries.set(e.id, e);
      const keys = { nationalId: e.id, age: '', joinedOn: e.joined, status: e.status, tier: '-' };
      directory.put({ id: e.id, sort: 's', name, keys });
    };
    const expected = (key: 'joined' | 'status') =>
      [...entries.values()]
        .sort((x, y) => (x[key] < y[key] ? -1 : x[key] > y[key] ? 1 : x.id < y.id ? -1 : 1))
        .map((x) => x.id);
    const joinedOf = (n: number) => `20${String(10 + (n % 13))}-01-01`;
    for (let n = 0; n < 3000; n++)
      put({ id: `v${(n * 7919) % 3000}`, joined: joinedOf(n), status: 'active' });
    expect(directory.slice(0, 4000, { sort: 'joinedOn', desc: false })).toEqual(expected('joined'));
    // One moved in one order only, one reused slot, one gone: mended in place.
    put({ id: 'v5', joined: '2001-01-01', status: 'active' });
    put({ id: 'v9', joined: joinedOf(9), status: 'paused' });
    directory.remove('v12');
    entries.delete('v12');
    put({ id: 'new', joined: '2015-01-01', status: 'deceased' });
    expect(directory.slice(0, 5, { sort: 'joinedOn', desc: false })).toEqual(
      expected('joined').slice(0, 5),
    );
    expect(directory.slice(100, 2000, { sort: 'joinedOn', desc: true })).toEqual(
      expected('joined').reverse().slice(100, 2000),
    );
    expect(directory.slice(0, 4000, { sort: 'status', desc: false })).toEqual(expected('status'));
    // More changes than are mended one by one: the order is made anew.
    for (let n = 0; n < 2500; n++)
      put({ id: `v${n}`, joined: joinedOf(n + 1), status: 'resigned' });
    expect(directory.slice(0, 4000, { sort: 'joinedOn', desc: false })).toEqual(expected('joined'));
    expect(directory.slice(2990, 3000, { sort: 'status', desc: true })).toEqual(
      expected('status').reverse().slice(2990, 3000),
    );
    // The name order was never moved: still by id.
    expect(directory.slice(0, 3, { sort: 'name', desc: false })).toEqual(['new', 'v0', 'v1']);
  });
});
