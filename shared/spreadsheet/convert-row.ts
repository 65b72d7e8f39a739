// One spreadsheet row to a volunteer's fields: each cell read by its column's rule (ids with dashes
// or Thai digits, Buddhist-era dates, Thai words, several phones, address names), saying what it
// could not read and where.
import { normaliseThaiId } from '../domain/people/thai-id';
import { thaiDigitsToArabic } from '../domain/text/thai-digits';
import type { TargetGroup, VolunteerFields } from '../domain/volunteers/volunteer';
import type { AddressLookup } from './address-lookup';
import { cellDate, cellText, type SheetRow } from './cells';
import type { ColumnKey, ColumnMapping } from './columns';
import { readGender, readStatus, readTargetGroup, readTier, readTitle } from './words';
import { personTitles } from '../domain/people/titles';

export type CellProblem = { column: ColumnKey; code: string; th: string; en: string };

/** Splits a cell holding several values: commas, slashes, semicolons or new lines. */
export function splitList(text: string, separators = /[,/;\n]+/): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A phone as centres write it (`081-234-5678`, `+66 81 234 5678`, `๐๘๑…`) to digits only. Excel
 * drops the leading zero of a number typed into a plain cell, so nine or eight digits get it back.
 */
export function normalisePhone(text: string): string {
  let digits = thaiDigitsToArabic(text).replace(/[\s\-().]/g, '');
  if (digits.startsWith('+66')) digits = `0${digits.slice(3)}`;
  if (/^[1-9]\d{7,8}$/.test(digits)) digits = `0${digits}`;
  return digits;
}

/** The village number alone: `หมู่ 3`, `ม.3`, `๓` → `3`. */
export function normaliseMoo(text: string): string {
  return thaiDigitsToArabic(text)
    .replace(/^(หมู่ที่|หมู่|ม\.|moo)\s*/i, '')
    .trim();
}

export type ConvertedRow = { fields: VolunteerFields; problems: CellProblem[] };

/** Reads a row; `today` (`YYYY-MM-DD`) dates a tier set on import. */
export function convertRow(
  row: SheetRow,
  mapping: ColumnMapping,
  lookup: AddressLookup,
  today: string,
): ConvertedRow {
  const problems: CellProblem[] = [];
  const at = new Map<ColumnKey, number>();
  mapping.forEach((key, i) => key && at.set(key, i));
  const cell = (key: ColumnKey) => {
    const i = at.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  const text = (key: ColumnKey) => thaiDigitsToArabic(cellText(cell(key)));
  const add = (column: ColumnKey, code: string, th: string, en: string) =>
    problems.push({ column, code, th, en });

  const titleText = text('title');
  const titleCode = titleText ? readTitle(titleText) : null;
  if (titleText && !titleCode)
    add(
      'title',
      'import.title-unknown',
      `ไม่รู้จักคำนำหน้า "${titleText}"`,
      `Unknown title "${titleText}".`,
    );

  const genderText = text('gender');
  let gender = genderText ? readGender(genderText) : null;
  if (genderText && !gender)
    add(
      'gender',
      'import.gender-unknown',
      `ไม่รู้จักเพศ "${genderText}" (ชาย หญิง หรือ อื่น ๆ)`,
      `Unknown gender "${genderText}" (male, female or other).`,
    );
  // A blank gender follows from a title that has one (นาย, นาง, นางสาว).
  if (!genderText && titleCode)
    gender = personTitles.find((t) => t.code === titleCode)?.gender ?? null;

  const date = (key: 'birthDate' | 'joinedOn', th: string, en: string) => {
    const raw = cellText(cell(key));
    if (!raw) return '';
    const iso = cellDate(cell(key));
    if (!iso)
      add(
        key,
        'import.date-unreadable',
        `${th} "${raw}" ไม่ใช่วันที่ที่มีจริง (ตัวอย่าง 21/3/2510)`,
        `${en} "${raw}" is not a real date (e.g. 21/3/2510).`,
      );
    return iso ?? '';
  };
  const birthDate = date('birthDate', 'วันเกิด', 'The birth date');
  const joinedOn = date('joinedOn', 'วันที่เป็น อพม.', 'The joining date');

  const statusText = text('status');
  const status = statusText ? readStatus(statusText) : 'active';
  if (!status)
    add(
      'status',
      'import.status-unknown',
      `ไม่รู้จักสถานภาพ "${statusText}"`,
      `Unknown status "${statusText}".`,
    );

  const tierText = text('tier');
  const tier = tierText && tierText !== '-' ? readTier(tierText) : null;
  if (tierText && tierText !== '-' && !tier)
    add(
      'tier',
      'import.tier-unknown',
      `ระดับต้องเป็น A, B หรือ C ไม่ใช่ "${tierText}"`,
      `The tier is A, B or C, not "${tierText}".`,
    );

  const groups: TargetGroup[] = [];
  for (const word of splitList(text('targetGroups'), /[,;/\n]+/)) {
    const group = readTargetGroup(word);
    if (!group)
      add(
        'targetGroups',
        'import.group-unknown',
        `ไม่รู้จักกลุ่มเป้าหมาย "${word}"`,
        `Unknown target group "${word}".`,
      );
    else if (!groups.includes(group)) groups.push(group);
  }

  const phones = splitList(text('phones')).map(normalisePhone);

  const address = { provinceCode: '', districtCode: '', subdistrictCode: '', postcode: '' };
  const place = lookup.find({
    province: text('province'),
    district: text('district'),
    subdistrict: text('subdistrict'),
    postcode: text('postcode'),
  });
  if (place.ok) Object.assign(address, place.codes);
  else add(place.problem.column, place.problem.code, place.problem.th, place.problem.en);

  const fields: VolunteerFields = {
    titleCode: titleCode ?? '',
    firstNameTh: cellText(cell('firstNameTh')),
    lastNameTh: cellText(cell('lastNameTh')),
    firstNameEn: cellText(cell('firstNameEn')),
    lastNameEn: cellText(cell('lastNameEn')),
    nationalId: normaliseThaiId(cellText(cell('nationalId'))),
    birthDate,
    gender: gender ?? ('' as VolunteerFields['gender']),
    phones,
    email: cellText(cell('email')).toLowerCase(),
    address: {
      houseNo: text('houseNo'),
      moo: normaliseMoo(text('moo')),
      village: cellText(cell('village')),
      street: cellText(cell('street')),
      ...address,
    },
    joinedOn,
    status: status ?? 'active',
    tier,
    skills: splitList(cellText(cell('skills')), /[,;\n]+/),
    targetGroups: groups,
    statusHistory: [{ status: status ?? 'active', on: joinedOn, reason: '' }],
    tierHistory: tier ? [{ tier, on: today, reason: '' }] : [],
    consent: [],
    photo: null,
    mergedInto: null,
  };
  return { fields, problems };
}
