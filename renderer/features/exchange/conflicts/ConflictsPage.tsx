// The open conflicts: each record with the installation its incoming version came from and when it
// arrived, and a link to compare the two versions.
import { Anchor, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../app/use-format-date';
import { db } from '../../../db/db';
import { openConflictRows } from '../../../db/exchange/conflict-list';
import { nameText } from './record-name';

export function ConflictsPage() {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const rows = useLiveQuery(() => openConflictRows(db), []);
  const kindOf = (table: string) =>
    i18n.exists(`conflicts.tables.${table}`) ? t(`conflicts.tables.${table}`) : table;

  return (
    <Stack>
      <Title order={2}>{t('conflicts.title')}</Title>
      <Text>{t('conflicts.intro')}</Text>
      <Title order={3} id="conflicts-list">
        {t('conflicts.list')}
      </Title>
      {rows === undefined ? (
        <Loader aria-label={t('conflicts.loading')} />
      ) : rows.length === 0 ? (
        <Text>{t('conflicts.none')}</Text>
      ) : (
        <Table striped aria-labelledby="conflicts-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('conflicts.record')}</Table.Th>
              <Table.Th scope="col">{t('conflicts.kind')}</Table.Th>
              <Table.Th scope="col">{t('conflicts.owner')}</Table.Th>
              <Table.Th scope="col">{t('conflicts.from')}</Table.Th>
              <Table.Th scope="col">{t('conflicts.receivedAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('conflicts.open')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.seq}>
                <Table.Td>{nameText(row.name)}</Table.Td>
                <Table.Td>{kindOf(row.table)}</Table.Td>
                <Table.Td>{row.owner}</Table.Td>
                <Table.Td>{row.from}</Table.Td>
                <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/exchange/conflicts/${row.seq}`}
                    aria-label={t('conflicts.openOf', { name: nameText(row.name) })}
                  >
                    {t('conflicts.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
