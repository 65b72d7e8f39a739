// The name of an organisation by its code, in the app's language: this installation's own, then
// the register of organisations, else the code itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';

export function useOrganisationName(code: string): string {
  const { i18n } = useTranslation();
  const { organisation } = useInstallation();
  const english = i18n.language === 'en';
  const record = useLiveQuery(() => db.organisations.where('code').equals(code).first(), [code]);
  const named = organisation.code === code ? organisation : record;
  if (!named) return code;
  return english && named.nameEn ? named.nameEn : named.nameTh;
}
