// Provinces, and the districts of one, as options in Thai order and the app's language.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { compareThai } from '@shared/domain/text/thai-collation';
import { listDistricts, listProvinces } from '../../../db/admin-areas';
import { db } from '../../../db/db';

type Named = { code: string; nameTh: string; nameEn: string };
export type AreaOption = { value: string; label: string };

function optionsOf(rows: readonly Named[] | undefined, english: boolean): AreaOption[] {
  return [...(rows ?? [])]
    .sort((a, b) => compareThai(a.nameTh, b.nameTh))
    .map((r) => ({ value: r.code, label: english && r.nameEn ? r.nameEn : r.nameTh }));
}

export function useAreaOptions(provinceCode: string): {
  provinces: AreaOption[];
  districts: AreaOption[];
} {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const areas = useLiveQuery(
    async () => ({
      provinces: await listProvinces(db),
      districts: provinceCode ? await listDistricts(db, provinceCode) : [],
    }),
    [provinceCode],
  );
  return {
    provinces: optionsOf(areas?.provinces, english),
    districts: optionsOf(areas?.districts, english),
  };
}
