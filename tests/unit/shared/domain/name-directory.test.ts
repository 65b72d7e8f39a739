import { describe, expect, it } from 'vitest';
import { createNameDirectory } from '@shared/domain/volunteers/name-directory';
import { searchableName } from '@shared/domain/volunteers/volunteer-search';

describe('the name directory', () => {
  it('keeps names in memory and finds those every word matches, with their sort keys', () => {
    const directory = createNameDirectory();
    directory.put({ id: 'a', sort: 'sa', name: searchableName(['สมชาย', 'ใจดี']) });
    directory.put({ id: 'b', sort: 'sb', name: searchableName(['สมหญิง', 'ใจดี']) });
    directory.put({ id: 'c', sort: 'sc', name: searchableName(['ชาย', 'ดีมาก'], ['Chai']) });
    expect(directory.find(['ใจดี'])).toEqual(
      new Map([
        ['a', 'sa'],
        ['b', 'sb'],
      ]),
    );
    expect(directory.find(['ชาย', 'ดี'])).toEqual(
      new Map([
        ['a', 'sa'],
        ['c', 'sc'],
      ]),
    );
    expect(directory.find(['chai'])).toEqual(new Map([['c', 'sc']]));
    directory.put({ id: 'a', sort: 'sa2', name: searchableName(['สมศักดิ์', 'ใจดี']) });
    directory.remove('b');
    expect(directory.find(['ใจดี'])).toEqual(new Map([['a', 'sa2']]));
    expect(directory.find(['ชาย'])).toEqual(new Map([['c', 'sc']]));
    directory.put({ id: 'd', sort: 'sd', name: searchableName(['สมหญิง']) });
    expect(directory.size).toBe(3);
    expect(directory.find(['สมหญิง'])).toEqual(new Map([['d', 'sd']]));
    expect(directory.find([])).toEqual(new Map());
  });
});
