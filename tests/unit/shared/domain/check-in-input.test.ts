import { describe, expect, it } from 'vitest';
import { cardText, parseCheckInInput } from '@shared/domain/training/check-in-input';

const participantId = '3f2a9c1e-8b4d-4e6f-a0b7-9c8d7e6f5a41';

/** The keys of a US keyboard as the Kedmanee layout types them, for the characters used below. */
const kedmaneeOf: Record<string, string> = {
  O: 'ฯ',
  P: 'ญ',
  M: '?',
  '-': 'ข',
  ':': 'ซ',
  '0': 'จ',
  '1': 'ๅ',
  '2': '/',
  '3': '-',
  '4': 'ภ',
  '5': 'ถ',
  '6': 'ุ',
  '7': 'ึ',
  '8': 'ค',
  '9': 'ต',
  a: 'ฟ',
  b: 'ิ',
  c: 'แ',
  d: 'ก',
  e: 'ำ',
  f: 'ด',
};

/** What a scanner types with Thai input switched on: each key's Kedmanee character. */
function typedInKedmanee(text: string): string {
  return [...text].map((ch) => kedmaneeOf[ch] ?? ch).join('');
}

describe('what a trainer types or scans at the door', () => {
  it('reads a national id with or without dashes and spaces', () => {
    const id = { kind: 'national-id', nationalId: '1102012345678' };
    expect(parseCheckInInput('1102012345678')).toEqual(id);
    expect(parseCheckInInput('1-1020-12345-67-8')).toEqual(id);
    expect(parseCheckInInput(' 1 1020 12345 67 8 ')).toEqual(id);
  });

  it('reads a national id written in Thai digits', () => {
    expect(parseCheckInInput('๑-๑๐๒๐-๑๒๓๔๕-๖๗-๘')).toEqual({
      kind: 'national-id',
      nationalId: '1102012345678',
    });
  });

  it('reads a national id scanned with Thai input switched on', () => {
    expect(parseCheckInInput(typedInKedmanee('1102012345678'))).toEqual({
      kind: 'national-id',
      nationalId: '1102012345678',
    });
  });

  it("reads a participant card's QR text", () => {
    const card = { kind: 'card', participantId };
    expect(parseCheckInInput(cardText(participantId))).toEqual(card);
    expect(parseCheckInInput(`  ${cardText(participantId)}\n`)).toEqual(card);
    // Caps Lock on: the scanner types the whole text in capitals.
    expect(parseCheckInInput(cardText(participantId).toUpperCase())).toEqual(card);
  });

  it('reads card text typed with the Thai Kedmanee layout', () => {
    const typed = typedInKedmanee(cardText(participantId));
    expect(typed.startsWith('ฯญ?ขญซ')).toBe(true);
    expect(parseCheckInInput(typed)).toEqual({ kind: 'card', participantId });
  });

  it('reads a participant number, in Arabic or Thai digits', () => {
    expect(parseCheckInInput('7')).toEqual({ kind: 'number', number: 7 });
    expect(parseCheckInInput('042')).toEqual({ kind: 'number', number: 42 });
    expect(parseCheckInInput('๑๒๕')).toEqual({ kind: 'number', number: 125 });
    expect(parseCheckInInput('99999')).toEqual({ kind: 'number', number: 99999 });
  });

  it('takes other text as words of a name', () => {
    expect(parseCheckInInput('สมชาย')).toEqual({ kind: 'name', words: ['สมชาย'] });
    expect(parseCheckInInput('  สมชาย   ใจ ')).toEqual({ kind: 'name', words: ['สมชาย', 'ใจ'] });
    expect(parseCheckInInput('Somchai JAIDEE')).toEqual({
      kind: 'name',
      words: ['somchai', 'jaidee'],
    });
  });

  it('does not mistake a half-scanned card or a too-long number for an id', () => {
    expect(parseCheckInInput('OPM-P:3f2a9c1e').kind).toBe('name');
    expect(parseCheckInInput('123456').kind).toBe('name');
    expect(parseCheckInInput('110201234567').kind).toBe('name');
  });

  it('reads nothing from empty or blank input', () => {
    expect(parseCheckInInput('')).toEqual({ kind: 'none' });
    expect(parseCheckInInput('   \t ')).toEqual({ kind: 'none' });
  });
});
