import { describe, expect, it } from 'vitest';
import { thaiSortKey } from '@shared/domain/text/thai-sort-key';
import { compareThai } from '@shared/domain/text/thai-collation';
import {
  nameHasWord,
  parseSearchQuery,
  searchableName,
} from '@shared/domain/volunteers/volunteer-search';
import { familyNames, femaleGivenNames, maleGivenNames } from '@shared/demo/lists/names';
import {
  birthRangeOf,
  emptyFilter,
  filterFromParams,
  filterToParams,
} from '@shared/domain/volunteers/volunteer-filter';

describe('the Thai sort key', () => {
  it('orders names as Intl.Collator("th") does', () => {
    const names = [...maleGivenNames, ...femaleGivenNames, ...familyNames].map(([th]) => th);
    const byCollator = [...names].sort(compareThai);
    const byKey = [...names].sort((a, b) =>
      thaiSortKey(a) < thaiSortKey(b) ? -1 : thaiSortKey(a) > thaiSortKey(b) ? 1 : 0,
    );
    expect(byKey).toEqual(byCollator);
  });

  it('sorts a leading vowel after its consonant', () => {
    const names = ['เกศินี', 'กาญจนา', 'ขวัญ', 'ไพลิน', 'ปราณี'];
    expect([...names].sort((a, b) => (thaiSortKey(a) < thaiSortKey(b) ? -1 : 1))).toEqual(
      [...names].sort(compareThai),
    );
  });
});

describe('search', () => {
  it('finds any part of a Thai name that does not start on a mark, and the start of an English one', () => {
    const name = searchableName(['สมชาย', 'ใจดี'], ['Somchai', 'Jaidee']);
    for (const word of ['สมชาย', 'มชาย', 'ชาย', 'าย', 'มช', 'ใจดี', 'jai', 'somchai']) {
      expect(nameHasWord(name, word), word).toBe(true);
    }
    // ี is a combining mark; ย alone is the last letter; "dee" is inside an English name.
    for (const word of ['ี', 'ย', 'dee', 'สมหญิง', 'x']) {
      expect(nameHasWord(name, word), word).toBe(false);
    }
  });

  it('finds the two letters that end a word, but never a part that starts on a mark', () => {
    expect(nameHasWord(searchableName(['มณีนี']), 'นี')).toBe(true);
    expect(nameHasWord(searchableName(['กิติ']), 'ิต')).toBe(false);
    expect(nameHasWord(searchableName(['กิติ']), 'ติ')).toBe(true);
  });

  it('tells ids, phones and names apart', () => {
    expect(parseSearchQuery('1-1020-12345')).toEqual({ kind: 'national-id', prefix: '1102012345' });
    expect(parseSearchQuery('๐๘๑ ๒๓๔')).toEqual({ kind: 'phone', prefix: '081234' });
    expect(parseSearchQuery('  สม  ใจ ')).toEqual({ kind: 'name', words: ['สม', 'ใจ'] });
    expect(parseSearchQuery('')).toEqual({ kind: 'none' });
  });
});

describe('the list filter in the URL', () => {
  it('round-trips and ignores what it does not know', () => {
    const filter = {
      ...emptyFilter,
      q: 'สม ใจ',
      status: ['active' as const],
      tier: ['A' as const, '-' as const],
      district: '6501',
      sort: 'age' as const,
      desc: true,
    };
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
    expect(filterFromParams(new URLSearchParams('status=bogus&district=65&sort=x'))).toEqual(
      emptyFilter,
    );
  });

  it('turns an age band into birth dates', () => {
    expect(birthRangeOf('30-44', '2026-11-23')).toEqual(['1981-11-24', '1996-11-23']);
    expect(birthRangeOf('70-plus', '2026-11-23')).toEqual(['0000-01-01', '1956-11-23']);
  });
});
