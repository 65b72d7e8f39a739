// The exchange log: every bundle sent and read, newest first, with outcome, counts and reason.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { messageIn } from '@shared/errors';
import { useFormatDateTime } from '../../app/use-format-date';
import type { ExchangeCounts, ExchangeLogEntry } from '../../db/app-db';
import { db } from '../../db/db';

const SHOWN = 500;
const outcomeColour = { applied: 'green', 'no-op': 'gray', rejected: 'red' };

export function ExchangeLogPage() {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const entries = useLiveQuery(
    () => db.exchangeLog.orderBy('at').reverse().limit(SHOWN).toArray(),
    [],
  );
  const countsText = (counts: Record<string, ExchangeCounts>) =>
    Object.entries(counts)
      .map(
        ([table, c]) =>
          `${t(`exchange.tables.${table}`, { defaultValue: table })}: ${t('exchange.log.countsText', c)}`,
      )
      .join('; ');
  return (
    <Stack>
      <Title order={2}>{t('exchange.log.title')}</Title>
      <Text>{t('exchange.log.intro')}</Text>
      {entries && entries.length === 0 && <Text c="dimmed">{t('exchange.log.empty')}</Text>}
      {entries && entries.length > 0 && (
        <Table striped withTableBorder aria-label={t('exchange.log.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.log.at')}</Table.Th>
              <Table.Th>{t('exchange.log.direction')}</Table.Th>
              <Table.Th>{t('exchange.log.issuer')}</Table.Th>
              <Table.Th>{t('exchange.log.recipient')}</Table.Th>
              <Table.Th>{t('exchange.log.sequence')}</Table.Th>
              <Table.Th>{t('exchange.log.file')}</Table.Th>
              <Table.Th>{t('exchange.log.outcome')}</Table.Th>
              <Table.Th>{t('exchange.log.counts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry: ExchangeLogEntry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>
                  {entry.direction === 'sent' ? t('exchange.log.sent') : t('exchange.log.read')}
                </Table.Td>
                <Table.Td>{entry.issuer || '—'}</Table.Td>
                <Table.Td>{entry.recipient ?? '—'}</Table.Td>
                <Table.Td>{entry.sequence || '—'}</Table.Td>
                <Table.Td>{entry.fileName ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={outcomeColour[entry.outcome]}>
                    {t(`exchange.outcome.${entry.outcome}`)}
                  </Badge>
                  {entry.reason && <Text size="sm">{messageIn(entry.reason, i18n.language)}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{countsText(entry.counts)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('exchange.log.range')} {entry.since}–{entry.upTo}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
