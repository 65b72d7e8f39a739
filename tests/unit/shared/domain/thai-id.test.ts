import { describe, expect, it } from 'vitest';
import {
  formatThaiId,
  isValidThaiId,
  parseThaiId,
  thaiIdCheckDigit,
  thaiIdProblem,
} from '@shared/domain/people/thai-id';
import { UserFacingError } from '@shared/errors';

describe('the Thai national id', () => {
  it('computes the check digit with weights 13 down to 2', () => {
    // 1·13 + 1·12 + 0·11 + 2·10 + 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 = 157; 11 − 157 mod 11 = 8
    expect(thaiIdCheckDigit('110201234567')).toBe(8);
    expect(isValidThaiId('1102012345678')).toBe(true);
    expect(isValidThaiId('1102012345679')).toBe(false);
  });

  it('wraps a remainder of 0 or 1 to a single digit', () => {
    // 1·13 + 3·3 = 22 ≡ 0 (mod 11) → 11 → 1
    expect(thaiIdCheckDigit('100000000030')).toBe(1);
    // 1·13 + 5·2 = 23 ≡ 1 (mod 11) → 10 → 0
    expect(thaiIdCheckDigit('100000000005')).toBe(0);
  });

  it('accepts dashes, spaces and Thai digits as people write them', () => {
    expect(isValidThaiId('1-1020-12345-67-8')).toBe(true);
    expect(isValidThaiId('1 1020 12345 67 8')).toBe(true);
    expect(isValidThaiId('๑-๑๐๒๐-๑๒๓๔๕-๖๗-๘')).toBe(true);
    expect(parseThaiId('๑-๑๐๒๐-๑๒๓๔๕-๖๗-๘')).toBe('1102012345678');
  });

  it('names each problem', () => {
    expect(thaiIdProblem('')).toBe('empty');
    expect(thaiIdProblem('11020123456x8')).toBe('not-digits');
    expect(thaiIdProblem('110201234567')).toBe('wrong-length');
    expect(thaiIdProblem('0102012345678')).toBe('leading-zero');
    expect(thaiIdProblem('1102012345670')).toBe('check-digit');
  });

  it('refuses with a Thai and English message that names the field', () => {
    try {
      parseThaiId('1102012345670');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserFacingError);
      const e = error as UserFacingError;
      expect(e.code).toBe('thai-id.check-digit');
      expect(e.text.th).toContain('เลขตรวจสอบ');
      expect(e.text.en).toContain('check');
      expect(e.where).toEqual({ field: 'nationalId' });
    }
  });

  it('formats as printed on the card', () => {
    expect(formatThaiId('1102012345678')).toBe('1-1020-12345-67-8');
  });
});
