// The registry's spreadsheet columns: Thai headers as centres keep them, English alternatives, and
// the tolerant header matching that turns a file's first row into a column mapping.
import { thaiDigitsToArabic } from '../domain/text/thai-digits';

export const columnKeys = [
  'title',
  'firstNameTh',
  'lastNameTh',
  'firstNameEn',
  'lastNameEn',
  'nationalId',
  'birthDate',
  'gender',
  'phones',
  'email',
  'houseNo',
  'moo',
  'village',
  'street',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'joinedOn',
  'status',
  'tier',
  'skills',
  'targetGroups',
] as const;

export type ColumnKey = (typeof columnKeys)[number];

/** For each column of the file, left to right, the field it fills, or null when it is ignored. */
export type ColumnMapping = (ColumnKey | null)[];

export type ColumnDefinition = {
  key: ColumnKey;
  th: string;
  en: string;
  /** Other headers seen in centres' own sheets. */
  aliases: readonly string[];
  /** A row without it cannot be imported. */
  required: boolean;
};

const column = (
  key: ColumnKey,
  th: string,
  en: string,
  aliases: readonly string[] = [],
  required = false,
): ColumnDefinition => ({ key, th, en, aliases, required });

export const columns: readonly ColumnDefinition[] = [
  column('title', 'คำนำหน้า', 'Title', ['คำนำหน้านาม', 'คำนำหน้าชื่อ', 'prefix'], true),
  column('firstNameTh', 'ชื่อ', 'First name (Thai)', ['ชื่อ (ไทย)', 'ชื่อจริง', 'first name'], true),
  column(
    'lastNameTh',
    'นามสกุล',
    'Last name (Thai)',
    ['นามสกุล (ไทย)', 'last name', 'surname'],
    true,
  ),
  column('firstNameEn', 'ชื่อ (อังกฤษ)', 'First name (English)', ['ชื่อภาษาอังกฤษ']),
  column('lastNameEn', 'นามสกุล (อังกฤษ)', 'Last name (English)', ['นามสกุลภาษาอังกฤษ']),
  column(
    'nationalId',
    'เลขประจำตัวประชาชน',
    'National id',
    ['เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน', 'เลขประจำตัวประชาชน 13 หลัก', 'national id number'],
    true,
  ),
  column('birthDate', 'วันเกิด', 'Birth date', ['วันเดือนปีเกิด', 'date of birth'], true),
  column('gender', 'เพศ', 'Gender', ['sex']),
  column('phones', 'โทรศัพท์', 'Phone', ['เบอร์โทรศัพท์', 'เบอร์โทร', 'หมายเลขโทรศัพท์', 'phones']),
  column('email', 'อีเมล', 'E-mail', ['อีเมล์', 'email']),
  column('houseNo', 'บ้านเลขที่', 'House no.', ['เลขที่', 'house number']),
  column('moo', 'หมู่', 'Moo', ['หมู่ที่', 'village no.']),
  column('village', 'หมู่บ้าน', 'Village', ['ชื่อหมู่บ้าน']),
  column('street', 'ถนน', 'Street', ['road']),
  column('subdistrict', 'ตำบล', 'Subdistrict', ['ตำบล/แขวง', 'แขวง', 'tambon'], true),
  column('district', 'อำเภอ', 'District', ['อำเภอ/เขต', 'เขต', 'amphoe'], true),
  column('province', 'จังหวัด', 'Province', ['changwat'], true),
  column('postcode', 'รหัสไปรษณีย์', 'Postcode', ['postal code', 'zip']),
  column('joinedOn', 'วันที่เป็น อพม.', 'Joined on', ['วันที่เข้าเป็น อพม.', 'joined'], true),
  column('status', 'สถานภาพ', 'Status', ['สถานะ']),
  column('tier', 'ระดับ', 'Tier', ['ระดับคุณภาพ', 'quality tier']),
  column('skills', 'ความสามารถพิเศษ', 'Skills', ['ทักษะ']),
  column('targetGroups', 'กลุ่มเป้าหมาย', 'Target groups', ['กลุ่มเป้าหมายที่ดูแล']),
];

export function columnOf(key: ColumnKey): ColumnDefinition {
  return columns.find((c) => c.key === key)!;
}

/** A header reduced to what tells it apart: no spaces, dots, brackets or case; Arabic digits. */
export function normaliseHeader(header: string): string {
  return thaiDigitsToArabic(header)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-–()[\]:*]/g, '');
}

const byHeader = new Map<string, ColumnKey>();
for (const c of columns)
  for (const name of [c.th, c.en, c.key, ...c.aliases]) byHeader.set(normaliseHeader(name), c.key);

/**
 * Maps each header of a file to a column; a column already taken by an earlier header is not
 * taken twice. `remembered` (normalised header → key or '') wins over the built-in names.
 */
export function matchHeaders(
  headers: readonly string[],
  remembered: Readonly<Record<string, ColumnKey | ''>> = {},
): ColumnMapping {
  const taken = new Set<ColumnKey>();
  return headers.map((header) => {
    const normal = normaliseHeader(header);
    const choice =
      normal in remembered ? remembered[normal] || null : (byHeader.get(normal) ?? null);
    if (choice === null || taken.has(choice)) return null;
    taken.add(choice);
    return choice;
  });
}

/** The required columns the mapping leaves out. */
export function missingColumns(mapping: ColumnMapping): ColumnKey[] {
  return columns.filter((c) => c.required && !mapping.includes(c.key)).map((c) => c.key);
}

/** What to remember of a mapping for the next file: each header's choice. */
export function mappingToRemember(
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, ColumnKey | ''> {
  const out: Record<string, ColumnKey | ''> = {};
  headers.forEach((h, i) => {
    const normal = normaliseHeader(h);
    if (normal) out[normal] = mapping[i] ?? '';
  });
  return out;
}
