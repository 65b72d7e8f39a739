// One row per organisation known here: code, name, province, volunteers held, registered, and the
// last bundles read from it and written to it; sortable by its columns, by Thai name at first.
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareThai } from '@shared/domain/text/thai-collation';
import { useFormatDateTime } from '../../../app/use-format-date';
import type { ExchangeLogEntry } from '../../../db/app-db';
import type { NationalRow } from './national-rows';

type SortKey = 'code' | 'name' | 'province' | 'volunteers' | 'registered';
type Sort = { key: SortKey; desc: boolean };

const outcomeColour = { applied: 'teal', rejected: 'red', 'no-op': 'gray' } as const;

type Props = { rows: NationalRow[]; registered: ReadonlyMap<string, number> | undefined };

function comparerOf(key: SortKey, registered: Props['registered']) {
  const count = (r: NationalRow) => registered?.get(r.code) ?? 0;
  switch (key) {
    case 'code':
      return (a: NationalRow, b: NationalRow) => a.code.localeCompare(b.code);
    case 'name':
      return (a: NationalRow, b: NationalRow) =>
        compareThai(a.nameTh || a.code, b.nameTh || b.code);
    case 'province':
      return (a: NationalRow, b: NationalRow) => compareThai(a.provinceTh, b.provinceTh);
    case 'volunteers':
      return (a: NationalRow, b: NationalRow) => a.volunteers - b.volunteers;
    case 'registered':
      return (a: NationalRow, b: NationalRow) => count(a) - count(b);
  }
}

function sorted(rows: NationalRow[], sort: Sort, registered: Props['registered']) {
  const compare = comparerOf(sort.key, registered);
  const direction = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => direction * compare(a, b) || a.code.localeCompare(b.code));
}

export function NationalTable({ rows, registered }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [sort, setSort] = useState<Sort>({ key: 'name', desc: false });
  const number = (n: number) => n.toLocaleString(i18n.language);

  const header = (key: SortKey) => {
    const label = t(`department.national.columns.${key}`);
    const active = sort.key === key;
    return (
      <Table.Th aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}>
        <UnstyledButton
          fw={600}
          aria-label={t('department.national.sortBy', { column: label })}
          onClick={() => setSort({ key, desc: active ? !sort.desc : false })}
        >
          {label} {active ? (sort.desc ? '▼' : '▲') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth="60rem">
      <Table striped aria-label={t('department.national.table')}>
        <Table.Thead>
          <Table.Tr>
            {header('code')}
            {header('name')}
            {header('province')}
            {header('volunteers')}
            {header('registered')}
            <Table.Th>{t('department.national.columns.lastRead')}</Table.Th>
            <Table.Th>{t('department.national.columns.lastSent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted(rows, sort, registered).map((row) => (
            <Table.Tr key={row.code}>
              <Table.Td>{row.code}</Table.Td>
              <Table.Td>
                {(english && row.nameEn) || row.nameTh || (
                  <Text c="dimmed" span>
                    {t('department.national.unknownName')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{(english && row.provinceEn) || row.provinceTh || '—'}</Table.Td>
              <Table.Td ta="right">{number(row.volunteers)}</Table.Td>
              <Table.Td ta="right">
                {registered === undefined ? '…' : number(registered.get(row.code) ?? 0)}
              </Table.Td>
              <Table.Td>
                <BundleCell entry={row.lastRead} />
              </Table.Td>
              <Table.Td>
                <BundleCell entry={row.lastSent} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BundleCell({ entry }: { entry: ExchangeLogEntry | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!entry) return <Text c="dimmed">{t('department.national.never')}</Text>;
  return (
    <Text size="sm">
      {t('department.national.bundle', {
        when: formatDateTime(entry.at),
        sequence: entry.sequence,
      })}{' '}
      <Badge size="sm" variant="light" color={outcomeColour[entry.outcome]}>
        {t(`department.national.outcome.${entry.outcome}`)}
      </Badge>
    </Text>
  );
}
