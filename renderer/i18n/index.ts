// Thai first, English second: one i18next instance over the two catalogues.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { th } from './th';
import * as volunteers from '../features/volunteers/i18n';
import * as volunteerImport from '../features/volunteers/import/i18n';
import * as duplicates from '../features/volunteers/duplicates/i18n';
import * as print from '../print/i18n';
import * as conflicts from '../features/exchange/conflicts/i18n';
import * as exchange from '../features/exchange/i18n';
import * as keys from '../features/exchange/keys/i18n';
import * as keyring from '../features/exchange/keyring/i18n';
import * as department from '../features/exchange/department/i18n';
import * as organisations from '../features/exchange/organisations/i18n';
import * as training from '../features/training/rounds/i18n';
import * as participants from '../features/training/participants/i18n';
import * as checkIn from '../features/training/check-in/i18n';
import * as completion from '../features/training/completion/i18n';
import * as certificates from '../features/training/certificates/i18n';

/** Each area keeps its own text beside its screens; the catalogue is their union. */
const areas = [
  volunteers,
  volunteerImport,
  duplicates,
  print,
  exchange,
  keys,
  keyring,
  department,
  conflicts,
  organisations,
  training,
  participants,
  checkIn,
  completion,
  certificates,
];
const catalogue = (language: Language) =>
  Object.assign({}, language === 'th' ? th : en, ...areas.map((area) => area[language]));

export type Language = 'th' | 'en';
export const languages: readonly Language[] = ['th', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'th' || value === 'en';
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { th: { translation: catalogue('th') }, en: { translation: catalogue('en') } },
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
