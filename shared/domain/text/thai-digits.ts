// Thai digits (๐–๙) to and from Arabic digits.

const THAI_ZERO = 0x0e50;

export function thaiDigitsToArabic(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export function arabicDigitsToThai(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
