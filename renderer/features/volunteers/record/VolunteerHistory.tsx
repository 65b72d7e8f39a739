// A volunteer's change history from the audit log: this record's entries and those of any record
// merged into it, newest first. The log names fields, never their values.
import { Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/domain/dates/buddhist-era';
import { db } from '../../../db/db';

export function VolunteerHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const entries = useLiveQuery(async () => {
    // Records merged into this one, from the merge log's index rather than a scan of the registry.
    const merges = await db.merges.where('survivorId').equals(id).toArray();
    const merged = merges.filter((m) => m.undoneAt === null).map((m) => m.mergedId);
    const ids = [id, ...merged];
    const rows = await db.audit.where('recordIds').anyOf(ids).distinct().toArray();
    return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }, [id]);
  if (!entries) return null;
  return (
    <Table striped aria-label={t('volunteers.page.history')}>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.seq}>
            <Table.Td>{formatDateTime(e.at, { language })}</Table.Td>
            <Table.Td>{t(`volunteers.page.auditKind.${e.kind}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">
                {e.fields.length > 0 &&
                  t('volunteers.page.auditFields', {
                    fields: e.fields.map((f) => fieldLabel(t, f)).join(', '),
                  })}
              </Text>
            </Table.Td>
            <Table.Td>{t('volunteers.page.by', { installation: e.installation })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function fieldLabel(t: (key: string) => string, field: string): string {
  const key = `volunteers.form.${field === 'titleCode' ? 'title' : field}`;
  const label = t(key);
  return label === key ? field : label;
}
