// The list's search box and filters; every change goes to the URL.
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareThai } from '@shared/domain/text/thai-collation';
import {
  ageBands,
  emptyFilter,
  hasAnyFilter,
  registrationFilters,
  type VolunteerFilter,
} from '@shared/domain/volunteers/volunteer-filter';
import { targetGroups, volunteerStatuses } from '@shared/domain/volunteers/volunteer';
import { useInstallation } from '../../../app/app-state';
import { listDistricts, listProvinces, listSubdistricts } from '../../../db/admin-areas';
import { db } from '../../../db/db';

type Props = { filter: VolunteerFilter; onChange: (next: Partial<VolunteerFilter>) => void };

type Named = { code: string; nameTh: string; nameEn: string };

function options(rows: Named[] | undefined, english: boolean) {
  return [...(rows ?? [])]
    .sort((a, b) => compareThai(a.nameTh, b.nameTh))
    .map((r) => ({ value: r.code, label: english && r.nameEn ? r.nameEn : r.nameTh }));
}

/** Memoised: the list arriving re-renders the page, not its filters. */
export const FilterBar = memo(function FilterBar({ filter, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const installation = useInstallation();
  const ownProvince = installation.organisation.provinceCode;
  const province = ownProvince ?? filter.province;
  const [q, setQ] = useState(filter.q);
  useEffect(() => setQ(filter.q), [filter.q]);

  // One query for the three lists, so that the bar renders once more when they arrive, not thrice.
  const areas = useLiveQuery(async () => {
    const [provinces, districts, subdistricts] = await Promise.all([
      ownProvince ? [] : listProvinces(db),
      province ? listDistricts(db, province) : [],
      filter.district ? listSubdistricts(db, filter.district) : [],
    ]);
    return { provinces, districts, subdistricts };
  }, [ownProvince, province, filter.district]);
  const { provinces, districts, subdistricts } = areas ?? {};
  const any = t('volunteers.filter.any');

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('volunteers.search')}
        placeholder={t('volunteers.searchPlaceholder')}
        type="search"
        w="24rem"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          onChange({ q: e.currentTarget.value });
        }}
      />
      <MultiSelect
        label={t('volunteers.filter.status')}
        placeholder={filter.status.length ? undefined : any}
        w="14rem"
        data={volunteerStatuses.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))}
        value={filter.status}
        onChange={(v) => onChange({ status: v as VolunteerFilter['status'] })}
      />
      <MultiSelect
        label={t('volunteers.filter.tier')}
        placeholder={filter.tier.length ? undefined : any}
        w="11rem"
        data={[
          { value: 'A', label: 'A' },
          { value: 'B', label: 'B' },
          { value: 'C', label: 'C' },
          { value: '-', label: t('volunteers.filter.noTier') },
        ]}
        value={filter.tier}
        onChange={(v) => onChange({ tier: v as VolunteerFilter['tier'] })}
      />
      {!ownProvince && (
        <Select
          label={t('volunteers.filter.province')}
          placeholder={any}
          searchable
          clearable
          w="12rem"
          data={options(provinces, english)}
          value={filter.province || null}
          onChange={(v) => onChange({ province: v ?? '', district: '', subdistrict: '' })}
        />
      )}
      <Select
        label={t('volunteers.filter.district')}
        placeholder={any}
        searchable
        clearable
        w="12rem"
        disabled={!province}
        data={options(districts, english)}
        value={filter.district || null}
        onChange={(v) => onChange({ district: v ?? '', subdistrict: '' })}
      />
      <Select
        label={t('volunteers.filter.subdistrict')}
        placeholder={any}
        searchable
        clearable
        w="12rem"
        disabled={!filter.district}
        data={options(subdistricts, english)}
        value={filter.subdistrict || null}
        onChange={(v) => onChange({ subdistrict: v ?? '' })}
      />
      <Select
        label={t('volunteers.filter.registration')}
        placeholder={any}
        clearable
        w="12rem"
        data={registrationFilters.map((r) => ({
          value: r,
          label: t(`volunteers.registrationFilter.${r}`),
        }))}
        value={filter.registration || null}
        onChange={(v) => onChange({ registration: (v ?? '') as VolunteerFilter['registration'] })}
      />
      <Select
        label={t('volunteers.filter.age')}
        placeholder={any}
        clearable
        w="10rem"
        data={ageBands.map((a) => ({ value: a, label: t(`volunteers.ageBand.${a}`) }))}
        value={filter.age || null}
        onChange={(v) => onChange({ age: (v ?? '') as VolunteerFilter['age'] })}
      />
      <Select
        label={t('volunteers.filter.group')}
        placeholder={any}
        clearable
        w="12rem"
        data={targetGroups.map((g) => ({ value: g, label: t(`volunteers.group.${g}`) }))}
        value={filter.group || null}
        onChange={(v) => onChange({ group: (v ?? '') as VolunteerFilter['group'] })}
      />
      <TextInput
        label={t('volunteers.filter.skill')}
        w="10rem"
        value={filter.skill}
        onChange={(e) => onChange({ skill: e.currentTarget.value })}
      />
      {hasAnyFilter(filter) && (
        <Button
          variant="subtle"
          onClick={() => onChange({ ...emptyFilter, sort: filter.sort, desc: filter.desc })}
        >
          {t('volunteers.clearFilters')}
        </Button>
      )}
    </Group>
  );
});
