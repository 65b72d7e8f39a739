// Names of the districts and subdistricts of the rows on screen, read by code as the list scrolls
// (not the whole reference table: that would hold the first page back).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/db';

export type AreaNames = (code: string) => string;

export function useAreaNames(codes: readonly string[]): AreaNames {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const wanted = [...new Set(codes)].sort();
  const names = useLiveQuery(async () => {
    const [districts, subdistricts] = await Promise.all([
      db.districts.bulkGet(wanted.filter((c) => c.length === 4)),
      db.subdistricts.bulkGet(wanted.filter((c) => c.length === 6)),
    ]);
    const map = new Map<string, { th: string; en: string }>();
    for (const a of [...districts, ...subdistricts]) {
      if (a) map.set(a.code, { th: a.nameTh, en: a.nameEn });
    }
    return map;
  }, [wanted.join(',')]);
  return (code) => {
    const name = names?.get(code);
    if (!name) return code;
    return english && name.en ? name.en : name.th;
  };
}
