// Thai first, English second: one i18next instance over the two catalogues.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { th } from './th';

export type Language = 'th' | 'en';
export const languages: readonly Language[] = ['th', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'th' || value === 'en';
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { th: { translation: th }, en: { translation: en } },
    lng: language,
    fallbackLng: 'th',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
