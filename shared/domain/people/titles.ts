// Name titles (คำนำหน้านาม) in common use on volunteer forms.

export type PersonTitle = {
  code: string;
  th: string;
  en: string;
  gender: 'male' | 'female' | null;
};

export const personTitles: readonly PersonTitle[] = [
  { code: 'mr', th: 'นาย', en: 'Mr.', gender: 'male' },
  { code: 'mrs', th: 'นาง', en: 'Mrs.', gender: 'female' },
  { code: 'miss', th: 'นางสาว', en: 'Miss', gender: 'female' },
  { code: 'acting-sub-lt', th: 'ว่าที่ร้อยตรี', en: 'Acting Sub Lt.', gender: null },
  { code: 'dr', th: 'ดร.', en: 'Dr.', gender: null },
  { code: 'monk', th: 'พระ', en: 'Phra', gender: 'male' },
  { code: 'police-sergeant', th: 'ดาบตำรวจ', en: 'Police Sergeant Major', gender: null },
  { code: 'sub-district-headman', th: 'กำนัน', en: 'Kamnan', gender: null },
  { code: 'village-headman', th: 'ผู้ใหญ่บ้าน', en: 'Village Headman', gender: null },
];

export function titleByCode(code: string): PersonTitle | undefined {
  return personTitles.find((t) => t.code === code);
}
