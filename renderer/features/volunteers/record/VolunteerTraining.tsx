// The training rounds a volunteer took part in: each round with its dates, the sessions attended
// and whether the volunteer completed it (with the reason when a person set the result).
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../../app/use-format-date';
import { db } from '../../../db/db';
import { volunteerRounds, type VolunteerRound } from '../../../db/training/volunteer-training';

export function VolunteerTraining({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation();
  const rows = useLiveQuery(() => volunteerRounds(db, volunteerId), [volunteerId]);
  const title = t('training.volunteer.title');
  if (rows === undefined) return null;
  return (
    <Stack gap="xs">
      <Title order={3}>{title}</Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('training.volunteer.empty')}</Text>
      ) : (
        <Table aria-label={title} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.volunteer.round')}</Table.Th>
              <Table.Th>{t('training.volunteer.dates')}</Table.Th>
              <Table.Th>{t('training.volunteer.attended')}</Table.Th>
              <Table.Th>{t('training.volunteer.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <TrainingRow key={row.participant.id} row={row} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function TrainingRow({ row }: { row: VolunteerRound }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { round, course, completion } = row;
  const dates =
    round.startsOn === round.endsOn
      ? formatDate(round.startsOn)
      : `${formatDate(round.startsOn)} – ${formatDate(round.endsOn)}`;
  const verdict = t(
    completion.completed ? 'training.volunteer.completed' : 'training.volunteer.notCompleted',
  );
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/training/rounds/${round.id}`}>
          {t('training.round.heading', { course: course?.titleTh ?? '', number: round.number })}
        </Anchor>
      </Table.Td>
      <Table.Td>{dates}</Table.Td>
      <Table.Td>{t('training.volunteer.attendedValue', completion)}</Table.Td>
      <Table.Td>
        <Badge color={completion.completed ? 'teal' : 'gray'} variant="light">
          {completion.override
            ? t('training.volunteer.overridden', { verdict, reason: completion.override.reason })
            : verdict}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
}
