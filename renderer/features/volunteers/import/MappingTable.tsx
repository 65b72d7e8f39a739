// The file's columns beside what each is used as, one labelled choice per column, and a preview
// of the first rows under the file's own headers.
import { Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columns, type ColumnKey, type ColumnMapping } from '@shared/spreadsheet/columns';

type Props = {
  headers: string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (index: number, key: ColumnKey | null) => void;
};

export function MappingTable({ headers, mapping, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const options = [
    { value: '', label: t('volunteerImport.ignore') },
    ...columns.map((c) => ({ value: c.key, label: c[language] })),
  ];
  return (
    <Table striped withTableBorder aria-label={t('volunteerImport.mappingTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('volunteerImport.fileColumn')}</Table.Th>
          <Table.Th scope="col">{t('volunteerImport.usedAs')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {headers.map((header, i) => (
          <Table.Tr key={`${i}-${header}`}>
            <Table.Td>{header || `(${i + 1})`}</Table.Td>
            <Table.Td>
              <Select
                aria-label={t('volunteerImport.usedAsLabel', { header: header || i + 1 })}
                data={options}
                value={mapping[i] ?? ''}
                allowDeselect={false}
                disabled={disabled}
                onChange={(value) => onChange(i, value ? (value as ColumnKey) : null)}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function PreviewTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder withColumnBorders>
        <Table.Caption>{t('volunteerImport.previewTitle', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h, i) => (
              <Table.Th key={i} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              {headers.map((_h, c) => (
                <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
