// Names of districts and subdistricts by code, for showing addresses in lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/db';

export type AreaNames = (code: string) => string;

export function useAreaNames(): AreaNames {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const names = useLiveQuery(async () => {
    const [districts, subdistricts] = await Promise.all([
      db.districts.toArray(),
      db.subdistricts.toArray(),
    ]);
    const map = new Map<string, { th: string; en: string }>();
    for (const a of [...districts, ...subdistricts])
      map.set(a.code, { th: a.nameTh, en: a.nameEn });
    return map;
  }, []);
  return (code) => {
    const name = names?.get(code);
    if (!name) return code;
    return english && name.en ? name.en : name.th;
  };
}
