// Province → district → subdistrict, each list narrowed by the one before, and the postcode filled
// in from the subdistrict: the Interior Ministry's codes without anyone typing them.
import { Group, Select, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { compareThai } from '@shared/domain/text/thai-collation';
import { db } from '../db/db';
import { listDistricts, listProvinces, listSubdistricts } from '../db/admin-areas';

export type AreaCodes = {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  postcode: string;
};

type Props = {
  value: AreaCodes;
  onChange: (value: AreaCodes) => void;
  errors?: Partial<Record<keyof AreaCodes, string>>;
  required?: boolean;
};

type Named = { code: string; nameTh: string; nameEn: string };

function useOptions(load: () => Promise<Named[]>, deps: unknown[], english: boolean) {
  const rows = useLiveQuery(load, deps) ?? [];
  return [...rows]
    .sort((a, b) => compareThai(a.nameTh, b.nameTh))
    .map((r) => ({ value: r.code, label: english && r.nameEn ? r.nameEn : r.nameTh }));
}

export function AddressPicker({ value, onChange, errors = {}, required }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const provinces = useOptions(() => listProvinces(db), [], english);
  const districts = useOptions(
    async () => (value.provinceCode ? listDistricts(db, value.provinceCode) : []),
    [value.provinceCode],
    english,
  );
  const subdistrictRows = useLiveQuery(
    async () => (value.districtCode ? listSubdistricts(db, value.districtCode) : []),
    [value.districtCode],
  );
  const subdistricts = [...(subdistrictRows ?? [])]
    .sort((a, b) => compareThai(a.nameTh, b.nameTh))
    .map((r) => ({ value: r.code, label: english && r.nameEn ? r.nameEn : r.nameTh }));

  return (
    <Group grow align="flex-start">
      <Select
        label={t('address.province')}
        placeholder={t('address.choose')}
        searchable
        withAsterisk={required}
        data={provinces}
        value={value.provinceCode || null}
        error={errors.provinceCode}
        onChange={(code) =>
          onChange({
            provinceCode: code ?? '',
            districtCode: '',
            subdistrictCode: '',
            postcode: '',
          })
        }
      />
      <Select
        label={t('address.district')}
        placeholder={t('address.choose')}
        searchable
        withAsterisk={required}
        disabled={!value.provinceCode}
        data={districts}
        value={value.districtCode || null}
        error={errors.districtCode}
        onChange={(code) =>
          onChange({ ...value, districtCode: code ?? '', subdistrictCode: '', postcode: '' })
        }
      />
      <Select
        label={t('address.subdistrict')}
        placeholder={t('address.choose')}
        searchable
        withAsterisk={required}
        disabled={!value.districtCode}
        data={subdistricts}
        value={value.subdistrictCode || null}
        error={errors.subdistrictCode}
        onChange={(code) => {
          const row = subdistrictRows?.find((s) => s.code === code);
          onChange({ ...value, subdistrictCode: code ?? '', postcode: row?.postcodes[0] ?? '' });
        }}
      />
      <TextInput
        label={t('address.postcode')}
        inputMode="numeric"
        maxLength={5}
        value={value.postcode}
        error={errors.postcode}
        onChange={(event) => onChange({ ...value, postcode: event.currentTarget.value })}
      />
    </Group>
  );
}
