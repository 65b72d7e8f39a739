// Undoes the Thai Kedmanee keyboard layout: a USB barcode scanner types key presses, so with Thai
// input switched on, a scanned `OPM-P:…` or national id arrives as Thai letters.

// The characters each key gives in Kedmanee, in the order of the US keys below.
const US_KEYS =
  "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" +
  '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?';
const KEDMANEE =
  '_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ' + '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ';

const toUs = new Map<string, string>();
[...KEDMANEE].forEach((thai, i) => {
  if (!toUs.has(thai)) toUs.set(thai, US_KEYS[i]!);
});

/** The text as the same keys would have typed it with a US layout. */
export function fromKedmanee(text: string): string {
  return [...text].map((ch) => toUs.get(ch) ?? ch).join('');
}

/** Whether the text holds Thai characters other than digits (what a Thai-layout scan gives). */
export function hasThaiLetters(text: string): boolean {
  return /[\u0E01-\u0E4F\u0E5A-\u0E5B]/.test(text);
}
