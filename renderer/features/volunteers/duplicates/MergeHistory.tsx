// The merges made on this computer, newest first, each with an undo until it is undone.
import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/domain/dates/buddhist-era';
import type { MergeEntry } from '../../../db/app-db';
import { useAppState } from '../../../app/app-state';
import { nameOf } from './PairComparison';

type Props = {
  merges: (MergeEntry & { seq: number })[];
  isBusy: boolean;
  onUndo: (seq: number) => void;
};

export function MergeHistory({ merges, isBusy, onUndo }: Props) {
  const { t } = useTranslation();
  const { preferences } = useAppState();
  const when = (at: string) =>
    formatDateTime(at, { language: preferences.language, thaiDigits: preferences.thaiDigits });

  if (merges.length === 0) return <Text>{t('duplicates.noHistory')}</Text>;
  return (
    <Table striped aria-label={t('duplicates.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('duplicates.at')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.kept')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.mergedIn')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {merges.map((entry) => {
          const names = {
            survivor: nameOf(entry.survivorBefore),
            merged: nameOf(entry.mergedBefore),
          };
          return (
            <Table.Tr key={entry.seq}>
              <Table.Td>{when(entry.at)}</Table.Td>
              <Table.Td>{names.survivor}</Table.Td>
              <Table.Td>{names.merged}</Table.Td>
              <Table.Td>
                {entry.undoneAt ? (
                  t('duplicates.undoneOn', { date: when(entry.undoneAt) })
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    disabled={isBusy}
                    onClick={() => onUndo(entry.seq)}
                    aria-label={t('duplicates.undoOf', names)}
                  >
                    {t('duplicates.undo')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
