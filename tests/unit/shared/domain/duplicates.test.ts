import { describe, expect, it } from 'vitest';
import {
  duplicateReason,
  isWithinOneEdit,
  normaliseName,
  pairsWithin,
  possibleDuplicatesOf,
  type DuplicateCandidate,
} from '@shared/domain/volunteers/duplicates';

function person(overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return {
    id: 'a',
    firstNameTh: 'สมศรี',
    lastNameTh: 'ใจดี',
    firstNameEn: 'Somsri',
    lastNameEn: 'Jaidee',
    nationalId: '1101700203450',
    birthDate: '1970-05-01',
    ...overrides,
  };
}

describe('likely duplicate volunteers', () => {
  it('pairs two records with the same national id whatever their names', () => {
    const copy = person({ id: 'b', firstNameTh: 'สมใจ', birthDate: '1971-01-01' });
    expect(duplicateReason(person(), copy)).toBe('same-national-id');
  });

  it('pairs the same Thai name and birth date under different ids', () => {
    const other = person({ id: 'b', nationalId: '3100600211235', firstNameEn: '', lastNameEn: '' });
    expect(duplicateReason(person(), other)).toBe('same-name-birth');
  });

  it('treats spaces, zero-width characters and English case as the same name', () => {
    expect(normaliseName(' สม ศรี\u200b ')).toBe('สมศรี');
    const other = person({
      id: 'b',
      nationalId: '3100600211235',
      firstNameTh: 'สม ศรี',
      lastNameTh: 'ใจดี\u200b',
    });
    expect(duplicateReason(person(), other)).toBe('same-name-birth');
    const english = person({
      id: 'b',
      nationalId: '3100600211235',
      firstNameTh: 'ศรีสม',
      firstNameEn: 'SOMSRI',
      lastNameEn: ' jaidee',
    });
    expect(duplicateReason(person(), english)).toBe('same-name-birth');
  });

  it('pairs names one letter apart born on the same day, and not two letters apart', () => {
    const typo = person({
      id: 'b',
      nationalId: '3100600211235',
      firstNameTh: 'สมสรี',
      firstNameEn: '',
    });
    expect(duplicateReason(person(), typo)).toBe('similar-name-birth');
    const far = person({
      id: 'b',
      nationalId: '3100600211235',
      firstNameTh: 'สมสุข',
      firstNameEn: 'Somsuk',
    });
    expect(duplicateReason(person(), far)).toBeNull();
  });

  it('does not pair the same name born on another day', () => {
    const other = person({ id: 'b', nationalId: '3100600211235', birthDate: '1970-05-02' });
    expect(duplicateReason(person(), other)).toBeNull();
  });

  it('measures one edit by insertion, deletion or substitution', () => {
    expect(isWithinOneEdit('abc', 'abc')).toBe(true);
    expect(isWithinOneEdit('abc', 'abxc')).toBe(true);
    expect(isWithinOneEdit('abc', 'ac')).toBe(true);
    expect(isWithinOneEdit('abc', 'axc')).toBe(true);
    expect(isWithinOneEdit('abc', 'cab')).toBe(false);
    expect(isWithinOneEdit('abc', 'a')).toBe(false);
  });

  it('reports each pair within a group once, with its reason in Thai and English', () => {
    const group = [
      person(),
      person({ id: 'b', nationalId: '3100600211235' }),
      person({ id: 'c', nationalId: '1101700203460', firstNameTh: 'มานี', firstNameEn: 'Manee' }),
    ];
    const pairs = pairsWithin(group);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ leftId: 'a', rightId: 'b', reason: 'same-name-birth' });
    expect(pairs[0]!.text.th).toBe('ชื่อ นามสกุล และวันเกิดเดียวกัน');
    expect(pairs[0]!.text.en).toBe('Same name and birth date');
  });

  it('finds the records a new entry may repeat, strongest reason first, and not itself', () => {
    const candidates = [
      person({ id: 'x', nationalId: '3100600211235', firstNameTh: 'สมสรี', firstNameEn: '' }),
      person({ id: 'y' }),
      person({ id: 'z', nationalId: '1101700203460', firstNameTh: 'มานี', firstNameEn: 'Manee' }),
    ];
    const typed = {
      firstNameTh: 'สมศรี',
      lastNameTh: 'ใจดี',
      nationalId: '1101700203450',
      birthDate: '1970-05-01',
    };
    const found = possibleDuplicatesOf(typed, candidates);
    expect(found.map((f) => [f.candidate.id, f.reason])).toEqual([
      ['y', 'same-national-id'],
      ['x', 'similar-name-birth'],
    ]);
    expect(
      possibleDuplicatesOf({ ...typed, id: 'y' }, candidates).map((f) => f.candidate.id),
    ).toEqual(['x']);
    expect(possibleDuplicatesOf({ birthDate: '1970-05-01' }, candidates)).toEqual([]);
  });
});
