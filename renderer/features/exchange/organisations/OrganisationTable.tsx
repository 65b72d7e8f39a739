// The register as a table in code order: code, Thai and English names, province, volunteers held,
// and, at the department, the buttons to edit, retire or restore each organisation.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationRecord } from '../../../db/app-db';
import type { OrganisationRow } from './organisation-rows';

export type RowActions = {
  onEdit: (record: OrganisationRecord) => void;
  onRetire: (record: OrganisationRecord) => void;
  onRestore: (record: OrganisationRecord) => void;
};

type Props = { rows: OrganisationRow[]; actions: RowActions | null };

export function OrganisationTable({ rows, actions }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <Table.ScrollContainer minWidth="56rem">
      <Table striped withTableBorder aria-label={t('organisations.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.columns.code')}</Table.Th>
            <Table.Th>{t('organisations.columns.nameTh')}</Table.Th>
            <Table.Th>{t('organisations.columns.nameEn')}</Table.Th>
            <Table.Th>{t('organisations.columns.province')}</Table.Th>
            <Table.Th ta="right">{t('organisations.columns.volunteers')}</Table.Th>
            {actions && <Table.Th>{t('organisations.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.record.id}>
              <Table.Td>{row.record.code}</Table.Td>
              <Table.Td>
                {row.record.nameTh}{' '}
                {row.record.deletedAt && (
                  <Badge size="sm" color="gray">
                    {t('organisations.retiredBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{row.record.nameEn}</Table.Td>
              <Table.Td>{(english && row.provinceEn) || row.provinceTh || '—'}</Table.Td>
              <Table.Td ta="right">{row.volunteers.toLocaleString(i18n.language)}</Table.Td>
              {actions && (
                <Table.Td>
                  <ActionButtons record={row.record} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActionButtons({ record, actions }: { record: OrganisationRecord; actions: RowActions }) {
  const { t } = useTranslation();
  const code = { code: record.code };
  if (record.deletedAt) {
    return (
      <Button size="xs" variant="light" onClick={() => actions.onRestore(record)}>
        {t('organisations.restore', code)}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" onClick={() => actions.onEdit(record)}>
        {t('organisations.edit', code)}
      </Button>
      {record.kind === 'centre' && (
        <Button size="xs" variant="subtle" color="red" onClick={() => actions.onRetire(record)}>
          {t('organisations.retire', code)}
        </Button>
      )}
    </Group>
  );
}

export function EmptyRegister({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed">{t(filtered ? 'organisations.emptyFiltered' : 'organisations.empty')}</Text>
  );
}
