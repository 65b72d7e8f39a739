// The volunteer registry: search, filters in the URL, a virtualised list, bulk actions, and the
// ways in and out (add, import, export, print, duplicates).
import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterToParams } from '@shared/domain/volunteers/volunteer-filter';
import { isUserFacingError, messageIn } from '@shared/errors';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { db } from '../../../db/db';
import { savePrintSelection } from '../../../db/print-selection';
import type { VolunteerList } from '../../../db/volunteer-list';
import { readsDirectory } from '../../../db/volunteer-query';
import { host } from '../../../host';
import { exportVolunteers } from '../export/export-volunteers';
import { BulkBar } from './BulkBar';
import { ExportMenu } from './ExportMenu';
import { FilterBar } from './FilterBar';
import { NamesLoadingBar } from './NamesLoadingBar';
import { useVolunteerFilter } from './use-volunteer-filter';
import { useVolunteerList } from './use-volunteer-list';
import { VolunteerTable } from './VolunteerTable';

const emptyList: VolunteerList = { count: 0, idsAt: async () => [], all: async () => [] };

type Props = {
  /** False while the page is kept out of sight (see KeptVolunteerList): its filter stays as it was. */
  isShown: boolean;
};

export function VolunteerListPage({ isShown }: Props) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useVolunteerFilter(isShown);
  const { list, isCurrent, total } = useVolunteerList(filter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [exported, setExported] = useState<number | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'th';

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
    });

  const exportList = (format: 'xlsx' | 'csv', only?: string[]) => {
    setExported(0);
    exportVolunteers(db, filter, format, language, only, (done, total) =>
      setExported(total ? Math.round((done / total) * 100) : 100),
    )
      .catch(fail)
      .finally(() => setExported(null));
  };

  const print = async (selection?: string[]) => {
    // The host accepts only plain URL characters: spaces as %20, not +.
    const params = filterToParams(filter);
    if (selection) {
      await savePrintSelection(db, selection);
      params.set('selection', '1');
    }
    const query = params.toString().replace(/\+/g, '%20');
    host
      .invoke('print:pdf', {
        route: `/print/volunteers${query ? `?${query}` : ''}`,
        suggestedName: `${t('volunteers.title')}-${todayIso()}.pdf`,
      })
      .catch(fail);
  };

  const select = (changed: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of changed) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <Stack h="calc(100vh - 7rem)" gap="sm">
      <Group justify="space-between">
        <Group align="baseline">
          <Title order={2}>{t('volunteers.title')}</Title>
          <Text c="dimmed" role="status" aria-live="polite">
            {list === undefined || !isCurrent || total === undefined
              ? t('volunteers.loading')
              : t('volunteers.countOf', {
                  shown: list.count.toLocaleString(i18n.language),
                  total: total.toLocaleString(i18n.language),
                })}
          </Text>
        </Group>
        <Group gap="xs">
          <Button component={Link} to="/volunteers/new">
            {t('volunteers.add')}
          </Button>
          <Button component={Link} to="/volunteers/import" variant="default">
            {t('volunteers.import')}
          </Button>
          <ExportMenu onExport={(format) => exportList(format)} />
          <Button variant="default" onClick={() => void print()}>
            {t('volunteers.print')}
          </Button>
          <Button component={Link} to="/volunteers/duplicates" variant="subtle">
            {t('volunteers.duplicates')}
          </Button>
        </Group>
      </Group>
      <FilterBar filter={filter} onChange={setFilter} />
      {/* A search answered from the directory waits for its load. */}
      {(list === undefined || !isCurrent) && readsDirectory(db, filter) && <NamesLoadingBar />}
      {exported !== null && (
        <Progress value={exported} animated aria-label={t('volunteers.exporting')} />
      )}
      {selected.size > 0 && (
        <BulkBar
          selected={[...selected]}
          onExport={(format) => exportList(format, [...selected])}
          onPrint={() => void print([...selected])}
          onDone={() => setSelected(new Set())}
        />
      )}
      {list !== undefined && list.count === 0 ? (
        <Text c="dimmed">{t('volunteers.empty')}</Text>
      ) : (
        <VolunteerTable
          list={list ?? emptyList}
          filter={filter}
          onSort={(sort, desc) => setFilter({ sort, desc })}
          selected={selected}
          onSelect={select}
        />
      )}
    </Stack>
  );
}
