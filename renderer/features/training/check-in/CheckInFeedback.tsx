// The answer to the last scan, big enough to read from the queue: green for checked in, amber for
// already checked in, red for refused, grey for undone. No sound; screen readers hear the role.
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantRecord } from '../../../db/app-db';
import { participantName } from '@shared/domain/training/participant';
import { timeOf } from './check-in-time';
import type { Feedback } from './use-check-in-desk';

const looks = {
  'checked-in': { background: 'var(--mantine-color-green-8)', color: '#fff', role: 'status' },
  already: { background: 'var(--mantine-color-yellow-4)', color: '#000', role: 'alert' },
  refused: { background: 'var(--mantine-color-red-8)', color: '#fff', role: 'alert' },
  undone: { background: 'var(--mantine-color-gray-3)', color: '#000', role: 'status' },
} as const;

const symbols = { 'checked-in': '✓', already: '!', refused: '✕', undone: '↶' } as const;

export function CheckInFeedback({ feedback }: { feedback: Feedback | null }) {
  const { t } = useTranslation();
  if (!feedback) return <div style={{ minHeight: '7.5rem' }} />;
  const look = looks[feedback.kind];
  return (
    // A new element for each answer, so that the same answer twice is announced twice.
    <Paper
      key={feedback.key}
      role={look.role}
      aria-live={look.role === 'alert' ? 'assertive' : 'polite'}
      p="md"
      radius="md"
      style={{ background: look.background, color: look.color, minHeight: '7.5rem' }}
    >
      <Group wrap="nowrap" align="center" gap="lg">
        <Text aria-hidden fz="3.5rem" fw={700} lh={1} w="3.5rem" ta="center">
          {symbols[feedback.kind]}
        </Text>
        {feedback.participant && <Person participant={feedback.participant} />}
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fz="1.6rem" fw={700} lh={1.3}>
            <Headline feedback={feedback} />
          </Text>
          {'message' in feedback && <Text fz="1.1rem">{feedback.message}</Text>}
          {feedback.kind === 'already' && <Text fz="1.1rem">{t('checkIn.alreadyHint')}</Text>}
        </Stack>
      </Group>
    </Paper>
  );
}

function Person({ participant }: { participant: ParticipantRecord }) {
  return (
    <Stack gap={0}>
      <Text fz="3.5rem" fw={800} lh={1.1}>
        {participant.number}
      </Text>
      <Text fz="1.5rem" fw={600} lh={1.4}>
        {participantName(participant)}
      </Text>
      {participant.organisationName && <Text fz="1rem">{participant.organisationName}</Text>}
    </Stack>
  );
}

function Headline({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  switch (feedback.kind) {
    case 'checked-in':
      return (
        <>
          {t('checkIn.checkedIn')}{' '}
          {t('checkIn.checkedInAt', { time: timeOf(feedback.mark.checkedInAt) })}
          {feedback.mark.late && ` · ${t('checkIn.lateMark')}`}
        </>
      );
    case 'already':
      return <>{t('checkIn.alreadyAt', { time: feedback.time })}</>;
    case 'refused':
      return <>{t('checkIn.refused')}</>;
    case 'undone':
      return <>{t('checkIn.undone')}</>;
  }
}
