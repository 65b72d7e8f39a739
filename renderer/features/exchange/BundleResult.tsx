// One checked bundle file: who sent it, what applying it would change per table, or why it was refused.
import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageIn } from '@shared/errors';
import { useFormatDateTime } from '../../app/use-format-date';
import type { BundleSummary } from '../../db/exchange/check-bundle';

export type CheckedFile = {
  id: number;
  summary: BundleSummary;
  state: 'checked' | 'applying' | 'applied' | 'discarded';
};

const outcomeColour = { apply: 'blue', 'no-op': 'gray', rejected: 'red', applied: 'green' };

export function BundleResult({
  file,
  onApply,
  onDiscard,
}: {
  file: CheckedFile;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { summary } = file;
  const outcome = file.state === 'applied' ? 'applied' : summary.outcome;
  const tables = Object.entries(summary.counts);
  return (
    <Card withBorder component="section" aria-label={summary.fileName}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{summary.fileName}</Text>
          <Badge color={outcomeColour[outcome]}>{t(`exchange.outcome.${outcome}`)}</Badge>
        </Group>
        {summary.issuer && (
          <Text size="sm">
            {t('exchange.from', { issuer: summary.issuer, organisation: summary.organisation })}
            {' · '}
            {t('exchange.sequence', { sequence: summary.sequence })}
            {summary.createdAt &&
              ` · ${t('exchange.createdAt', { date: formatDateTime(summary.createdAt) })}`}
            {' · '}
            {summary.encrypted ? t('exchange.encrypted') : t('exchange.plain')}
          </Text>
        )}
        {summary.reason && (
          <Alert color={summary.outcome === 'rejected' ? 'red' : 'gray'} role="status">
            {messageIn(summary.reason, i18n.language)}
          </Alert>
        )}
        {summary.keyring && <Text size="sm">{t('exchange.keyringSummary', summary.keyring)}</Text>}
        {tables.length > 0 && (
          <Table withTableBorder aria-label={t('exchange.resultsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.table')}</Table.Th>
                <Table.Th>{t('exchange.added')}</Table.Th>
                <Table.Th>{t('exchange.updated')}</Table.Th>
                <Table.Th>{t('exchange.unchanged')}</Table.Th>
                <Table.Th>{t('exchange.conflicts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tables.map(([name, counts]) => (
                <Table.Tr key={name}>
                  <Table.Td>{t(`exchange.tables.${name}`, { defaultValue: name })}</Table.Td>
                  <Table.Td>{counts.added}</Table.Td>
                  <Table.Td>{counts.updated}</Table.Td>
                  <Table.Td>{counts.unchanged}</Table.Td>
                  <Table.Td>{counts.conflicts}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {summary.outcome === 'apply' && file.state !== 'applied' && file.state !== 'discarded' && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDiscard} disabled={file.state === 'applying'}>
              {t('exchange.discard')}
            </Button>
            <Button onClick={onApply} loading={file.state === 'applying'}>
              {t('exchange.apply')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
