// Completion by province: enrolled, completed and the completed share.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvinceCompletion } from '@shared/domain/reports/training-report';

export function ProvinceTable({ provinces }: { provinces: ProvinceCompletion[] }) {
  const { t, i18n } = useTranslation();
  const p = (key: string) => t(`completion.provinces.${key}`);
  const nameOf = (row: ProvinceCompletion) =>
    row.provinceCode === ''
      ? t('completion.noProvince')
      : i18n.language === 'en' && row.nameEn
        ? row.nameEn
        : row.nameTh;
  return (
    <Table striped aria-label={p('title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{p('province')}</Table.Th>
          <Table.Th ta="right">{p('enrolled')}</Table.Th>
          <Table.Th ta="right">{p('completed')}</Table.Th>
          <Table.Th ta="right">{p('percent')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {provinces.map((row) => (
          <Table.Tr key={row.provinceCode}>
            <Table.Td>{nameOf(row)}</Table.Td>
            <Table.Td ta="right">{row.enrolled}</Table.Td>
            <Table.Td ta="right">{row.completed}</Table.Td>
            <Table.Td ta="right">{row.percent}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
