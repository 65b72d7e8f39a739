// The register of organisations: the department adds centres, edits names, retires and restores;
// a centre reads the register the department sent it, and is told who keeps it.
import { Alert, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { compareThai } from '@shared/domain/text/thai-collation';
import { useInstallation } from '../../../app/app-state';
import type { OrganisationRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { restoreOrganisation } from '../../../db/organisations';
import { failureText } from '../use-busy-action';
import { OrganisationForm } from './OrganisationForm';
import { organisationRows, type OrganisationRow } from './organisation-rows';
import { EmptyRegister, OrganisationTable, type RowActions } from './OrganisationTable';
import { RetireDialog } from './RetireDialog';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const installation = useInstallation();
  const code = installation.organisation.code;
  const isDepartment = code === DEPARTMENT_CODE;
  return (
    <Stack maw={1200}>
      <Title order={2}>{t('organisations.title')}</Title>
      <Text c="dimmed" maw="60rem">
        {t('organisations.intro')}
      </Text>
      {!isDepartment && (
        <Alert color="blue">{t('organisations.readOnly', { organisation: code })}</Alert>
      )}
      <Register isDepartment={isDepartment} />
    </Stack>
  );
}

function useProvinces() {
  return useLiveQuery(
    async () => (await db.provinces.toArray()).sort((a, b) => compareThai(a.nameTh, b.nameTh)),
    [],
  );
}

function Register({ isDepartment }: { isDepartment: boolean }) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [params, setParams] = useSearchParams();
  const province = params.get('province');
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<OrganisationRecord | null>(null);
  const [retiring, setRetiring] = useState<OrganisationRecord | null>(null);
  const provinces = useProvinces();
  const rows = useLiveQuery(
    () => organisationRows(db, { retired: isDepartment && showRetired }),
    [isDepartment, showRetired],
  );
  const shown = useMemo(
    () => rows?.filter((row) => !province || row.record.provinceCode === province),
    [rows, province],
  );

  async function restore(record: OrganisationRecord) {
    try {
      await restoreOrganisation(db, writeContextOf(installation), record.id);
      notifications.show({ color: 'teal', message: t('organisations.restored', record) });
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  const actions: RowActions | null = isDepartment
    ? { onEdit: setEditing, onRetire: setRetiring, onRestore: (r) => void restore(r) }
    : null;
  const chooseProvince = (next: string | null) =>
    setParams(next ? { province: next } : {}, { replace: true });

  return (
    <>
      {isDepartment && provinces && (
        <OrganisationForm
          key={editing?.id ?? 'new'}
          editing={editing}
          provinces={provinces}
          onDone={() => setEditing(null)}
        />
      )}
      <Group align="flex-end">
        <ProvinceFilter rows={rows ?? []} value={province} onChange={chooseProvince} />
        {isDepartment && (
          <Switch
            label={t('organisations.showRetired')}
            checked={showRetired}
            onChange={(event) => setShowRetired(event.currentTarget.checked)}
          />
        )}
      </Group>
      {shown === undefined ? (
        <Text c="dimmed">…</Text>
      ) : (
        <>
          <Text role="status">
            {t('organisations.count', { formatted: shown.length.toLocaleString(i18n.language) })}
          </Text>
          {shown.length === 0 ? (
            <EmptyRegister filtered={province !== null} />
          ) : (
            <OrganisationTable rows={shown} actions={actions} />
          )}
        </>
      )}
      {isDepartment && <RetireDialog record={retiring} onClose={() => setRetiring(null)} />}
    </>
  );
}

type FilterProps = {
  rows: OrganisationRow[];
  value: string | null;
  onChange: (province: string | null) => void;
};

/** The provinces that organisations in the register are in, by Thai name. */
function ProvinceFilter({ rows, value, onChange }: FilterProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const options = new Map<string, OrganisationRow>();
  for (const row of rows) {
    if (row.record.provinceCode && !options.has(row.record.provinceCode))
      options.set(row.record.provinceCode, row);
  }
  const data = [...options]
    .sort(([, a], [, b]) => compareThai(a.provinceTh, b.provinceTh))
    .map(([code, row]) => ({
      value: code,
      label: (english && row.provinceEn) || row.provinceTh || code,
    }));
  return (
    <Select
      label={t('organisations.filterProvince')}
      placeholder={t('organisations.filterPlaceholder')}
      searchable
      clearable
      w="20rem"
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
