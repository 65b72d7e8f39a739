// What a person types in the registry's search box, and what it finds: any part of a Thai name, the
// start of any English name, the start of a national id or of a phone number.
import { thaiDigitsToArabic } from '../text/thai-digits';

/** Thai combining marks: a search word never starts on one, as nobody types a name that way. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

export function normaliseSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a person's names as a search compares them, normalised. */
export type SearchableName = { thai: string[]; english: string[] };

export function searchableName(
  thaiNames: readonly string[],
  englishNames: readonly string[] = [],
): SearchableName {
  return { thai: wordsOf(thaiNames), english: wordsOf(englishNames) };
}

/**
 * Whether a searched word finds a name: any part of a Thai word that does not start on a combining
 * mark and is not the word's last letter alone (Thai writes names without inner spaces, and people
 * search from the middle), or the start of an English word.
 */
export function nameHasWord(name: SearchableName, word: string): boolean {
  return (
    name.english.some((english) => english.startsWith(word)) ||
    name.thai.some((thai) => thaiWordHas(thai, word))
  );
}

function thaiWordHas(thai: string, word: string): boolean {
  if (thai.startsWith(word)) return true;
  for (let at = thai.indexOf(word, 1); at !== -1; at = thai.indexOf(word, at + 1)) {
    if (at > thai.length - 2) return false;
    if (!COMBINING.test(thai[at]!)) return true;
  }
  return false;
}

function wordsOf(names: readonly string[]): string[] {
  return names.flatMap((name) => normaliseSearchText(name).split(' ')).filter((w) => w !== '');
}

export type SearchQuery =
  | { kind: 'none' }
  | { kind: 'national-id'; prefix: string }
  | { kind: 'phone'; prefix: string }
  | { kind: 'name'; words: string[] };

/**
 * Digits (with dashes, spaces or Thai digits) starting with 0 are a phone number, other digits a
 * national id; anything else is words of a name, each of which must match.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const text = normaliseSearchText(thaiDigitsToArabic(input));
  if (text === '') return { kind: 'none' };
  const digits = text.replace(/[\s\-–.]/g, '');
  if (/^\d+$/.test(digits)) {
    return digits.startsWith('0')
      ? { kind: 'phone', prefix: digits }
      : { kind: 'national-id', prefix: digits };
  }
  return { kind: 'name', words: text.split(' ') };
}
