// The department registers volunteers (ขึ้นทะเบียนกับ พส.): pick a centre, select its volunteers
// who have no registration, and give them numbers on a date.
import { Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { db } from '../../../db/db';
import { unregisteredVolunteers } from '../../../db/registrations';
import type { VolunteerList } from '../../../db/volunteer-list';
import { AssignBar } from './AssignBar';
import { CentreSelect } from './CentreSelect';
import { DepartmentOnly } from './DepartmentOnly';
import { UnregisteredTable } from './UnregisteredTable';

export function RegistrationsPage() {
  const { t } = useTranslation();
  return (
    <Stack h="calc(100vh - 7rem)" gap="sm">
      <Title order={2}>{t('department.registrations.title')}</Title>
      <DepartmentOnly>
        <Registrations />
      </DepartmentOnly>
    </Stack>
  );
}

function listOf(ids: string[]): VolunteerList {
  return {
    count: ids.length,
    idsAt: async (from, to) => ids.slice(from, to),
    all: async () => ids,
  };
}

function Registrations() {
  const { t, i18n } = useTranslation();
  // The centre stays in the address, so that coming back from a volunteer's page keeps it.
  const [params, setParams] = useSearchParams();
  const centre = params.get('centre');
  const ids = useLiveQuery(
    async () => ({ centre, ids: centre ? await unregisteredVolunteers(db, centre) : [] }),
    [centre],
  );
  const current = ids?.centre === centre ? ids.ids : undefined;
  const list = useMemo(() => listOf(current ?? []), [current]);
  const [selection, setSelection] = useState<{ centre: string | null; ids: Set<string> }>({
    centre,
    ids: new Set(),
  });
  // A selection belongs to one centre and holds only volunteers still waiting.
  const waiting = useMemo(() => new Set(current ?? []), [current]);
  const selected = useMemo(
    () =>
      selection.centre === centre
        ? new Set([...selection.ids].filter((id) => waiting.has(id)))
        : new Set<string>(),
    [selection, centre, waiting],
  );

  const select = (changed: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of changed) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelection({ centre, ids: next });
  };

  const chooseCentre = (code: string | null) =>
    setParams(code ? { centre: code } : {}, { replace: true });

  return (
    <>
      <Text c="dimmed" maw="60rem">
        {t('department.registrations.intro')}
      </Text>
      <CentreSelect value={centre} onChange={chooseCentre} />
      {centre && (
        <Text role="status" aria-live="polite">
          {current === undefined
            ? t('department.registrations.loading')
            : current.length === 0
              ? t('department.registrations.allRegistered')
              : t('department.registrations.unregistered', {
                  formatted: current.length.toLocaleString(i18n.language),
                })}
        </Text>
      )}
      {centre && current !== undefined && current.length > 0 && (
        <>
          <AssignBar
            selected={[...selected]}
            onDone={() => setSelection({ centre, ids: new Set() })}
          />
          <UnregisteredTable list={list} selected={selected} onSelect={select} />
        </>
      )}
    </>
  );
}
