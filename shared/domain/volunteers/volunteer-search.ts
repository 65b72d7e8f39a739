// What a person types in the registry's search box, and what it finds: any part of a Thai name, the
// start of any English name, the start of a national id or of a phone number.
import { thaiDigitsToArabic } from '../text/thai-digits';

/** Thai combining marks: a search word never starts on one, as nobody types a name that way. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

export function normaliseSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Between a name's Thai words and its English ones in a SearchableName. */
const ENGLISH_AFTER = '\u0001';

/**
 * A person's names as a search compares them, in one string (a directory keeps 200,000 of them):
 * the Thai words, then ENGLISH_AFTER and the English words, normalised and spaced.
 */
export type SearchableName = string;

export function searchableName(
  thaiNames: readonly string[],
  englishNames: readonly string[] = [],
): SearchableName {
  return `${wordsOf(thaiNames).join(' ')}${ENGLISH_AFTER}${wordsOf(englishNames).join(' ')}`;
}

/**
 * Whether a searched word (without spaces) finds a name: any part of a Thai word that does not
 * start on a combining mark and is not the word's last letter alone (Thai writes names without
 * inner spaces, and people search from the middle), or the start of an English word.
 */
export function nameHasWord(name: SearchableName, word: string): boolean {
  const englishAt = name.indexOf(ENGLISH_AFTER);
  for (let at = name.indexOf(word); at !== -1; at = name.indexOf(word, at + 1)) {
    const before = name[at - 1];
    if (at === 0 || before === ' ' || before === ENGLISH_AFTER) return true;
    if (at > englishAt || COMBINING.test(name[at]!)) continue;
    const after = name[at + 1];
    if (after !== undefined && after !== ' ' && after !== ENGLISH_AFTER) return true;
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
