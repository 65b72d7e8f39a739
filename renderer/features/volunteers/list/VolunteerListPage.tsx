// The volunteer registry: search, filters in the URL, a virtualised list, bulk actions, and the
// ways in and out (add, import, export, print, duplicates).
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterToParams } from '@shared/domain/volunteers/volunteer-filter';
import { isUserFacingError, messageIn } from '@shared/errors';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { host } from '../../../host';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { useVolunteerFilter } from './use-volunteer-filter';
import { useVolunteerIds } from './use-volunteer-ids';
import { VolunteerTable } from './VolunteerTable';

export function VolunteerListPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useVolunteerFilter();
  const { ids, total } = useVolunteerIds(filter);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
    });

  const print = () => {
    // The host accepts only plain URL characters: spaces as %20, not +.
    const query = filterToParams(filter).toString().replace(/\+/g, '%20');
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
            {ids === undefined
              ? t('volunteers.loading')
              : t('volunteers.countOf', {
                  shown: ids.length.toLocaleString(i18n.language),
                  total: (total ?? 0).toLocaleString(i18n.language),
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
          <Button variant="default" onClick={print}>
            {t('volunteers.print')}
          </Button>
          <Button component={Link} to="/volunteers/duplicates" variant="subtle">
            {t('volunteers.duplicates')}
          </Button>
        </Group>
      </Group>
      <FilterBar filter={filter} onChange={setFilter} />
      {selected.size > 0 && (
        <BulkBar selected={[...selected]} onDone={() => setSelected(new Set())} />
      )}
      {ids !== undefined && ids.length === 0 ? (
        <Text c="dimmed">{t('volunteers.empty')}</Text>
      ) : (
        <VolunteerTable
          ids={ids ?? []}
          filter={filter}
          onSort={(sort, desc) => setFilter({ sort, desc })}
          selected={selected}
          onSelect={select}
        />
      )}
    </Stack>
  );
}
