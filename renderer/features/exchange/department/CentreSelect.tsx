// Picks one of the centres whose volunteers this computer holds, with how many each one has.
import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/db';
import { volunteerOwners } from '../../../db/registrations';

type Props = { value: string | null; onChange: (code: string | null) => void };

async function centreOptions() {
  const owners = await volunteerOwners(db);
  const organisations = await db.organisations
    .where('code')
    .anyOf(owners.map((o) => o.owner))
    .toArray();
  const byCode = new Map(organisations.map((o) => [o.code, o]));
  return owners.map(({ owner, count }) => ({ owner, count, organisation: byCode.get(owner) }));
}

export function CentreSelect({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const options = useLiveQuery(centreOptions, []);
  const data = (options ?? []).map(({ owner, count, organisation }) => ({
    value: owner,
    label: t('department.registrations.centreOption', {
      code: owner,
      name: (english && organisation?.nameEn) || organisation?.nameTh || '',
      people: count.toLocaleString(i18n.language),
    }),
  }));
  return (
    <Select
      label={t('department.registrations.centre')}
      placeholder={t('department.registrations.centrePlaceholder')}
      nothingFoundMessage={t('department.registrations.noCentres')}
      searchable
      w="40rem"
      maw="100%"
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
