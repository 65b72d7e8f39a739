// The 13-digit Thai national id (เลขประจำตัวประชาชน) and its check digit (domain.md).
import { UserFacingError } from '../../errors';
import { thaiDigitsToArabic } from '../text/thai-digits';

/** The check digit for the first 12 digits: weights 13 down to 2, then (11 − sum mod 11) mod 10. */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Strips dashes and spaces and turns Thai digits into Arabic ones: `๑-๑๐๒๐-…` → `11020…`. */
export function normaliseThaiId(input: string): string {
  return thaiDigitsToArabic(input).replace(/[\s\-–.]/g, '');
}

export type ThaiIdProblem =
  'empty' | 'not-digits' | 'wrong-length' | 'check-digit' | 'leading-zero';

/** What is wrong with an id (after normalising), or null when it is valid. */
export function thaiIdProblem(input: string): ThaiIdProblem | null {
  const id = normaliseThaiId(input);
  if (id === '') return 'empty';
  if (!/^\d+$/.test(id)) return 'not-digits';
  if (id.length !== 13) return 'wrong-length';
  // The first digit is the person's category, 1 to 8: no id starts with 0 or 9.
  if (id[0] === '0' || id[0] === '9') return 'leading-zero';
  if (thaiIdCheckDigit(id) !== Number(id[12])) return 'check-digit';
  return null;
}

export function isValidThaiId(input: string): boolean {
  return thaiIdProblem(input) === null;
}

const problemText: Record<ThaiIdProblem, { th: string; en: string }> = {
  empty: {
    th: 'กรุณากรอกเลขประจำตัวประชาชน 13 หลัก',
    en: 'Enter the 13-digit national id.',
  },
  'not-digits': {
    th: 'เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (ขีดและช่องว่างใช้ได้)',
    en: 'The national id must contain digits only (dashes and spaces are allowed).',
  },
  'wrong-length': {
    th: 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
    en: 'The national id must have 13 digits.',
  },
  'leading-zero': {
    th: 'เลขประจำตัวประชาชนหลักแรกต้องเป็น 1 ถึง 8',
    en: 'The first digit of a national id is 1 to 8.',
  },
  'check-digit': {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง: หลักสุดท้าย (เลขตรวจสอบ) ไม่ตรง กรุณาตรวจทานจากบัตร',
    en: 'This national id is not valid: the last (check) digit does not match. Check it against the card.',
  },
};

export function thaiIdProblemText(problem: ThaiIdProblem): { th: string; en: string } {
  return problemText[problem];
}

/** The normalised id, or a UserFacingError saying what is wrong. */
export function parseThaiId(input: string, field = 'nationalId'): string {
  const problem = thaiIdProblem(input);
  if (problem) throw new UserFacingError(`thai-id.${problem}`, problemText[problem], { field });
  return normaliseThaiId(input);
}

/** `1-1020-12345-67-8`: the grouping printed on the card. */
export function formatThaiId(id: string): string {
  const d = normaliseThaiId(id);
  if (d.length !== 13) return id;
  return `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}`;
}
