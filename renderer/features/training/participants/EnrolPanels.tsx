// The three ways to enrol, one tab each: search the registry, volunteers by filter, a person by name.
import { Card, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundRecord } from '../../../db/app-db';
import { AddPersonForm } from './AddPersonForm';
import { EnrolByFilter } from './EnrolByFilter';
import { EnrolBySearch } from './EnrolBySearch';

type Way = 'search' | 'filter' | 'person';

export function EnrolPanels({ round }: { round: RoundRecord }) {
  const { t } = useTranslation();
  const [way, setWay] = useState<Way>('search');
  return (
    <Card withBorder padding="sm">
      <Tabs value={way} onChange={(value) => value && setWay(value as Way)} keepMounted={false}>
        <Tabs.List aria-label={t('participants.enrolWays')}>
          <Tabs.Tab value="search">{t('participants.tab.search')}</Tabs.Tab>
          <Tabs.Tab value="filter">{t('participants.tab.filter')}</Tabs.Tab>
          <Tabs.Tab value="person">{t('participants.tab.person')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="search" pt="sm">
          <EnrolBySearch round={round} />
        </Tabs.Panel>
        <Tabs.Panel value="filter" pt="sm">
          <EnrolByFilter round={round} />
        </Tabs.Panel>
        <Tabs.Panel value="person" pt="sm">
          <AddPersonForm round={round} />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
