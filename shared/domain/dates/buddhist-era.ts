// Buddhist-era dates (พ.ศ. = ค.ศ. + 543): formatting through Intl's Buddhist calendar, and parsing
// what people type or keep in spreadsheets. Calendar dates are kept as `YYYY-MM-DD` strings (C.E.),
// so that no time zone can move a birthday.
import { thaiDigitsToArabic } from '../text/thai-digits';

export const BUDDHIST_ERA_OFFSET = 543;

export type DateStyle = 'numeric' | 'short' | 'long' | 'full';
export type DateLanguage = 'th' | 'en';

export type FormatOptions = {
  language?: DateLanguage;
  style?: DateStyle;
  /** Thai digits (๒๑ มี.ค. ๒๕๖๑) rather than Arabic ones; Thai only. */
  thaiDigits?: boolean;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(options: FormatOptions, withTime: boolean): Intl.DateTimeFormat {
  const language = options.language ?? 'th';
  const style = options.style ?? 'short';
  const key = `${language}|${style}|${options.thaiDigits ? 1 : 0}|${withTime ? 1 : 0}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const base = language === 'en' ? 'en-GB' : 'th-TH';
    const locale = `${base}-u-ca-buddhist${language === 'th' && options.thaiDigits ? '-nu-thai' : ''}`;
    const dateParts: Intl.DateTimeFormatOptions =
      style === 'full'
        ? { dateStyle: 'full' }
        : { day: 'numeric', month: style === 'numeric' ? '2-digit' : style, year: 'numeric' };
    formatter = new Intl.DateTimeFormat(locale, {
      ...dateParts,
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone: withTime ? undefined : 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `2018-03-21` → `21 มี.ค. 2561` (or `21 Mar 2561 BE` in English). */
export function formatDate(isoDate: string, options: FormatOptions = {}): string {
  const parsed = isoDateParts(isoDate);
  if (!parsed) return isoDate;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  date.setUTCFullYear(parsed.year);
  return formatterFor(options, false).format(date);
}

/** An instant (ISO timestamp) in local time: `21 มี.ค. 2561 09:30`. */
export function formatDateTime(isoInstant: string, options: FormatOptions = {}): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return formatterFor(options, true).format(date);
}

export function toBuddhistYear(ceYear: number): number {
  return ceYear + BUDDHIST_ERA_OFFSET;
}

export function toCommonEraYear(beYear: number): number {
  return beYear - BUDDHIST_ERA_OFFSET;
}

function isoDateParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const thaiMonths: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.', 'มค'],
  ['กุมภาพันธ์', 'ก.พ.', 'กพ'],
  ['มีนาคม', 'มี.ค.', 'มีค'],
  ['เมษายน', 'เม.ย.', 'เมย'],
  ['พฤษภาคม', 'พ.ค.', 'พค'],
  ['มิถุนายน', 'มิ.ย.', 'มิย'],
  ['กรกฎาคม', 'ก.ค.', 'กค'],
  ['สิงหาคม', 'ส.ค.', 'สค'],
  ['กันยายน', 'ก.ย.', 'กย'],
  ['ตุลาคม', 'ต.ค.', 'ตค'],
  ['พฤศจิกายน', 'พ.ย.', 'พย'],
  ['ธันวาคม', 'ธ.ค.', 'ธค'],
];
const englishMonths = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

function monthFromName(name: string): number | null {
  const clean = name.trim().toLowerCase();
  for (let i = 0; i < 12; i++) {
    if (thaiMonths[i]!.some((m) => m === clean)) return i + 1;
    if (clean.startsWith(englishMonths[i]!)) return i + 1;
  }
  return null;
}

/**
 * A year as people write it: four digits ≥ 2400 are Buddhist era, otherwise Common Era;
 * two digits are the Buddhist era's last two (`61` → 2561), as Thai offices abbreviate.
 */
function ceYearFrom(text: string): number | null {
  if (!/^\d{2}$|^\d{4}$/.test(text)) return null;
  const n = Number(text);
  if (text.length === 2) return toCommonEraYear(2500 + n);
  return n >= 2400 ? toCommonEraYear(n) : n;
}

/**
 * Reads a date as Thai offices write it and returns `YYYY-MM-DD` (C.E.), or null:
 * `21/3/2561`, `21-03-61`, `๒๑/๐๓/๒๕๖๑`, `21 มี.ค. 2561`, `21 มีนาคม พ.ศ. 2561`, `2018-03-21`.
 */
export function parseThaiDate(input: string): string | null {
  const text = thaiDigitsToArabic(input)
    .trim()
    .replace(/พ\.ศ\.|ค\.ศ\.|\bBE\b|\bB\.E\./gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const year = ceYearFrom(iso[1]!);
    return year === null ? null : toIsoDate(year, Number(iso[2]), Number(iso[3]));
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const year = ceYearFrom(numeric[3]!);
    return year === null ? null : toIsoDate(year, Number(numeric[2]), Number(numeric[1]));
  }
  const named = /^(\d{1,2}) ?([^\d\s]+\.?[^\d\s]*\.?) ?(\d{2}|\d{4})$/.exec(text);
  if (named) {
    const month = monthFromName(named[2]!);
    const year = ceYearFrom(named[3]!);
    if (month === null || year === null) return null;
    return toIsoDate(year, month, Number(named[1]));
  }
  return null;
}

/** An Excel serial day number (1900 date system) to `YYYY-MM-DD`. */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  // Excel counts 1900-02-29, which never was: serials from 61 on are one day ahead.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole years from `birthDate` to `on` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, on: string): number | null {
  const b = isoDateParts(birthDate);
  const t = isoDateParts(on);
  if (!b || !t) return null;
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age--;
  return age;
}

/** Today's calendar date in the machine's local time, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}
