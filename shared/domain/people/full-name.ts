// A person's name as printed and listed: title joined to the Thai first name (นายสมชาย ใจดี), or
// the English name with its title when the app is in English and one is recorded.
import { titleByCode } from './titles';

type Named = {
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  firstNameEn: string;
  lastNameEn: string;
};

export function fullName(v: Named, language: 'th' | 'en'): string {
  const title = titleByCode(v.titleCode);
  if (language === 'en' && v.firstNameEn) {
    return [title?.en, v.firstNameEn, v.lastNameEn].filter(Boolean).join(' ');
  }
  return `${title?.th ?? ''}${v.firstNameTh} ${v.lastNameTh}`;
}
