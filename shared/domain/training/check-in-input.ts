// What a trainer typed or scanned at the door: a national id, a participant card's QR text, a
// participant number, or words of a name. A USB scanner types the QR text like a keyboard.
import { normaliseThaiId } from '../people/thai-id';
import { fromKedmanee, hasThaiLetters } from '../text/keyboard-layout';
import { thaiDigitsToArabic } from '../text/thai-digits';

export type CheckInInput =
  | { kind: 'none' }
  | { kind: 'national-id'; nationalId: string }
  | { kind: 'card'; participantId: string }
  | { kind: 'number'; number: number }
  | { kind: 'name'; words: string[] };

/** The text a participant card's QR code carries: a prefix and the participant's id. */
export const CARD_PREFIX = 'OPM-P:';

export function cardText(participantId: string): string {
  return `${CARD_PREFIX}${participantId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseCheckInInput(raw: string): CheckInInput {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { kind: 'none' };
  const scanned = codeOf(text);
  if (scanned) return scanned;
  // A scanner with Thai input switched on types Thai letters for the code's keys.
  if (hasThaiLetters(text)) {
    const unshifted = codeOf(fromKedmanee(text));
    if (unshifted) return unshifted;
  }
  const digits = thaiDigitsToArabic(text).replace(/[\s\-–.]/g, '');
  if (/^\d{1,5}$/.test(digits)) return { kind: 'number', number: Number(digits) };
  return { kind: 'name', words: text.toLowerCase().split(/\s+/) };
}

/** A card's text or a 13-digit id; null for anything else. */
function codeOf(text: string): CheckInInput | null {
  // Scanners may type the prefix in another case when Caps Lock is on.
  if (text.toUpperCase().startsWith(CARD_PREFIX)) {
    const id = text.slice(CARD_PREFIX.length).trim().toLowerCase();
    if (UUID.test(id)) return { kind: 'card', participantId: id };
  }
  const digits = thaiDigitsToArabic(text).replace(/[\s\-–.]/g, '');
  if (/^\d{13}$/.test(digits)) return { kind: 'national-id', nationalId: normaliseThaiId(digits) };
  return null;
}
