// What a person types in the registry's search box, and the index terms that answer it: any part
// of a Thai name, the start of any English name, the start of a national id or of a phone number.
import { thaiDigitsToArabic } from '../text/thai-digits';

/** Thai combining marks: a suffix never starts with one, as nobody types a name that way. */
const COMBINING = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

export function normaliseSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The index terms of a person's names: for Thai names, every suffix of every word two characters
 * or longer (Thai writes names without inner spaces, and people search from the middle); for English
 * names the words themselves, which a search matches from their start.
 */
export function nameSearchTerms(
  thaiNames: readonly string[],
  englishNames: readonly string[] = [],
): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(englishNames)) terms.add(word);
  for (const word of wordsOf(thaiNames)) {
    terms.add(word);
    for (let i = 1; i < word.length - 1; i++) {
      const suffix = word.slice(i);
      if (!COMBINING.test(suffix)) terms.add(suffix);
    }
  }
  return [...terms];
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
