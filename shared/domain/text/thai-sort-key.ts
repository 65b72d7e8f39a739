// A string whose plain code-unit order matches Thai dictionary order, so that IndexedDB can keep a
// list sorted the way Intl.Collator('th') sorts it (an index cannot call a collator).

const LEADING_VOWELS = /[\u0E40-\u0E44]/; // เ แ โ ใ ไ: written first, sorted after their consonant
const TONE_AND_SIGNS = /[\u0E47-\u0E4E]/g; // ็ ่ ้ ๊ ๋ ์ ํ ๎: second-level differences only

/**
 * Primary key: leading vowels moved after the consonant they precede, tone marks and signs
 * dropped, Latin letters folded to lower case; then, after U+0001, the marks in order, so that
 * names that differ only in tone sort next to each other.
 */
export function thaiSortKey(text: string): string {
  const chars = [...text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()];
  for (let i = 0; i < chars.length - 1; i++) {
    if (LEADING_VOWELS.test(chars[i]!)) {
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      i++;
    }
  }
  const swapped = chars.join('');
  const marks = swapped.match(TONE_AND_SIGNS)?.join('') ?? '';
  return `${swapped.replace(TONE_AND_SIGNS, '')}\u0001${marks}`;
}
