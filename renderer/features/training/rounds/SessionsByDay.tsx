// A round's programme, one table a day, sessions in running order.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sessionsInOrder, type TrainingSession } from '@shared/domain/training/round';
import { useFormatDate } from '../../../app/use-format-date';

type Props = { sessions: readonly TrainingSession[] };

function byDay(sessions: readonly TrainingSession[]): [string, TrainingSession[]][] {
  const days = new Map<string, TrainingSession[]>();
  for (const s of sessionsInOrder(sessions)) days.set(s.on, [...(days.get(s.on) ?? []), s]);
  return [...days];
}

export function SessionsByDay({ sessions }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const o = (key: string) => t(`training.overview.${key}`);
  const s = (key: string) => t(`training.sessions.${key}`);
  if (sessions.length === 0) return <Text c="dimmed">{o('noSessions')}</Text>;
  return (
    <Stack>
      {byDay(sessions).map(([on, daySessions], i) => {
        const heading = t('training.overview.dayHeading', {
          n: i + 1,
          date: formatDate(on, 'long'),
        });
        return (
          <Stack key={on} gap="xs">
            <Title order={4}>{heading}</Title>
            <Table aria-label={heading} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="9rem">{o('time')}</Table.Th>
                  <Table.Th>{s('titleTh')}</Table.Th>
                  <Table.Th w="9rem">{s('kindLabel')}</Table.Th>
                  <Table.Th>{s('speaker')}</Table.Th>
                  <Table.Th w="6rem">{s('required')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {daySessions.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>{`${session.starts}–${session.ends}`}</Table.Td>
                    <Table.Td>{session.titleTh}</Table.Td>
                    <Table.Td>{t(`training.sessions.kind.${session.kind}`)}</Table.Td>
                    <Table.Td>{session.speaker}</Table.Td>
                    <Table.Td>{session.required ? o('requiredYes') : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </Stack>
  );
}
