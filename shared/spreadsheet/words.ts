// The words centres write for coded values (gender, status, tier, target groups, titles), in Thai
// and English, both ways: read tolerantly on import, written in the chosen language on export.
import { personTitles } from '../domain/people/titles';
import type {
  QualityTier,
  TargetGroup,
  VolunteerFields,
  VolunteerStatus,
} from '../domain/volunteers/volunteer';
import { thaiDigitsToArabic } from '../domain/text/thai-digits';

export type Language = 'th' | 'en';
type Gender = VolunteerFields['gender'];
type Words<T extends string> = Record<T, { th: string; en: string; also: readonly string[] }>;

const genderWords: Words<Gender> = {
  male: { th: 'ชาย', en: 'Male', also: ['ช', 'm', 'ผู้ชาย'] },
  female: { th: 'หญิง', en: 'Female', also: ['ญ', 'f', 'ผู้หญิง'] },
  other: { th: 'อื่น ๆ', en: 'Other', also: ['อื่นๆ', 'อื่น', 'ไม่ระบุ'] },
};

const statusWords: Words<VolunteerStatus> = {
  active: { th: 'ปฏิบัติงาน', en: 'Active', also: ['ปฏิบัติหน้าที่', 'ปกติ', 'ยังปฏิบัติงาน'] },
  paused: { th: 'พักการปฏิบัติงาน', en: 'Paused', also: ['พัก', 'พักงาน'] },
  resigned: { th: 'ลาออก', en: 'Resigned', also: ['พ้นสภาพ'] },
  deceased: { th: 'ถึงแก่กรรม', en: 'Deceased', also: ['เสียชีวิต', 'ตาย', 'died'] },
};

const groupWords: Words<TargetGroup> = {
  children: { th: 'เด็ก', en: 'Children', also: ['child'] },
  youth: { th: 'เยาวชน', en: 'Youth', also: [] },
  'older-people': { th: 'ผู้สูงอายุ', en: 'Older people', also: ['คนชรา', 'elderly'] },
  'people-with-disabilities': {
    th: 'คนพิการ',
    en: 'People with disabilities',
    also: ['ผู้พิการ', 'disabled'],
  },
  homeless: { th: 'คนไร้ที่พึ่ง', en: 'Homeless', also: ['ไร้ที่พึ่ง', 'คนไร้บ้าน'] },
  beggars: { th: 'ผู้ทำการขอทาน', en: 'Beggars', also: ['ขอทาน', 'คนขอทาน'] },
  others: { th: 'อื่น ๆ', en: 'Others', also: ['อื่นๆ', 'other'] },
};

const titleAlso: Record<string, readonly string[]> = {
  miss: ['น.ส.', 'นส', 'ms', 'ms.'],
  'acting-sub-lt': ['ว่าที่ ร.ต.', 'ว่าที่ร.ต.'],
  'police-sergeant': ['ด.ต.'],
};

/** Lower case, no spaces or dots, Arabic digits: how two spellings of one word are compared. */
export function wordKey(text: string): string {
  return thaiDigitsToArabic(text).toLowerCase().replace(/[\s.]/g, '');
}

function lookupOf<T extends string>(words: Words<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, w] of Object.entries(words) as [T, Words<T>[T]][])
    for (const name of [code, w.th, w.en, ...w.also]) map.set(wordKey(name), code);
  return map;
}

const genders = lookupOf(genderWords);
const statuses = lookupOf(statusWords);
const groups = lookupOf(groupWords);
const titles = new Map<string, string>();
for (const t of personTitles)
  for (const name of [t.code, t.th, t.en, ...(titleAlso[t.code] ?? [])])
    titles.set(wordKey(name), t.code);

export const readGender = (text: string): Gender | null => genders.get(wordKey(text)) ?? null;
export const readStatus = (text: string): VolunteerStatus | null =>
  statuses.get(wordKey(text)) ?? null;
export const readTargetGroup = (text: string): TargetGroup | null =>
  groups.get(wordKey(text)) ?? null;
export const readTitle = (text: string): string | null => titles.get(wordKey(text)) ?? null;

/** `A`, `b`, `ระดับ A`; null when it is none of A, B or C. */
export function readTier(text: string): QualityTier | null {
  const key = wordKey(text)
    .replace(/^ระดับ|^tier/, '')
    .toUpperCase();
  return key === 'A' || key === 'B' || key === 'C' ? key : null;
}

export const genderWord = (g: Gender, language: Language) => genderWords[g][language];
export const statusWord = (s: VolunteerStatus, language: Language) => statusWords[s][language];
export const targetGroupWord = (g: TargetGroup, language: Language) => groupWords[g][language];
export function titleWord(code: string, language: Language): string {
  const title = personTitles.find((t) => t.code === code);
  return title ? title[language] : code;
}
