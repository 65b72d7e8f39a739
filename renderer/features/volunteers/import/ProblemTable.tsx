// The rejected rows: row number as the spreadsheet shows it, the column's header, and the reason.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageIn } from '@shared/errors';
import type { RowProblem } from '@shared/spreadsheet/import-report';

/** Enough to fix a file by; a file with more problems than this is better fixed in bulk. */
const SHOWN = 500;

export function ProblemTable({ problems }: { problems: RowProblem[] }) {
  const { t, i18n } = useTranslation();
  const shown = problems.slice(0, SHOWN);
  return (
    <>
      <Table striped withTableBorder aria-label={t('volunteerImport.problemsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('volunteerImport.row')}</Table.Th>
            <Table.Th scope="col">{t('volunteerImport.column')}</Table.Th>
            <Table.Th scope="col">{t('volunteerImport.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p, i) => (
            <Table.Tr key={`${p.row}-${p.column}-${i}`}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>{p.column}</Table.Td>
              <Table.Td>{messageIn(p, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problems.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('volunteerImport.problemsCut', { shown: SHOWN, count: problems.length })}
        </Text>
      )}
    </>
  );
}
