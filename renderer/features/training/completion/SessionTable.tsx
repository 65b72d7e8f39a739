// Attendance per session as a table: day, time, topic, present, late, left early, absent.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionAttendance } from '@shared/domain/reports/training-report';
import { useFormatDate } from '../../../app/use-format-date';

const counts = ['present', 'late', 'leftEarly', 'absent'] as const;

export function SessionTable({ series }: { series: SessionAttendance[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const s = (key: string) => t(`completion.sessions.${key}`);
  return (
    <Table striped aria-label={s('table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{s('date')}</Table.Th>
          <Table.Th>{s('time')}</Table.Th>
          <Table.Th>{s('topic')}</Table.Th>
          {counts.map((key) => (
            <Table.Th key={key} ta="right">
              {s(key)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {series.map((session) => (
          <Table.Tr key={session.sessionId}>
            <Table.Td>{formatDate(session.on)}</Table.Td>
            <Table.Td>{session.starts}</Table.Td>
            <Table.Td>{session.titleTh}</Table.Td>
            {counts.map((key) => (
              <Table.Td key={key} ta="right">
                {session[key]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
