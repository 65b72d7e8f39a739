// A table of rounds: course and number (a link to the round), dates, venue, organiser and seats.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundRow } from '../../../db/training/rounds';
import { useDateRange } from './use-date-range';
import { useOwnNameFallback } from './use-organiser-name';

type Props = { title: string; rows: readonly RoundRow[]; empty: string };

export function RoundsTable({ title, rows, empty }: Props) {
  const { t } = useTranslation();
  const dateRange = useDateRange();
  const nameOf = useOwnNameFallback();
  const c = (key: string) => t(`training.column.${key}`);
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Table aria-label={title} striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('course')}</Table.Th>
          <Table.Th>{c('number')}</Table.Th>
          <Table.Th>{c('dates')}</Table.Th>
          <Table.Th>{c('venue')}</Table.Th>
          <Table.Th>{c('organiser')}</Table.Th>
          <Table.Th>{c('seats')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ round, course, organiserName, enrolled, waiting }) => {
          const courseTitle = course?.titleTh ?? t('training.front.unknownCourse');
          return (
            <Table.Tr key={round.id}>
              <Table.Td>
                <Anchor component={Link} to={`/training/rounds/${round.id}`}>
                  {t('training.front.roundLink', { course: courseTitle, number: round.number })}
                </Anchor>
              </Table.Td>
              <Table.Td>{round.number}</Table.Td>
              <Table.Td>{dateRange(round.startsOn, round.endsOn)}</Table.Td>
              <Table.Td>{round.venue}</Table.Td>
              <Table.Td>{nameOf(round.owner, organiserName)}</Table.Td>
              <Table.Td>
                {t(waiting > 0 ? 'training.seatsWaiting' : 'training.seatsTaken', {
                  enrolled,
                  seats: round.seats,
                  waiting,
                })}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
