// The heading every page of a round shares: course, round number, dates, venue, and the round's pages.
import { Alert, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatDate } from '../../app/use-format-date';
import { db } from '../../db/db';
import { roundWithCourse, type RoundWithCourse } from '../../db/training/round-queries';

export type RoundPageKey = 'overview' | 'participants' | 'check-in' | 'completion';

const pagePaths: Record<RoundPageKey, string> = {
  overview: '',
  participants: '/participants',
  'check-in': '/check-in',
  completion: '/completion',
};

/** Loads the round, draws the heading and tabs, then the page's content with the round in hand. */
export function RoundFrame({
  roundId,
  page,
  children,
}: {
  roundId: string;
  page: RoundPageKey;
  children: (loaded: RoundWithCourse) => ReactNode;
}) {
  const { t } = useTranslation();
  const loaded = useLiveQuery(() => roundWithCourse(db, roundId), [roundId]);
  if (loaded === undefined) return null;
  if (loaded === null) return <Alert color="red">{t('training.round.notFound')}</Alert>;
  return (
    <Stack>
      <RoundHeader loaded={loaded} page={page} />
      {children(loaded)}
    </Stack>
  );
}

function RoundHeader({ loaded, page }: { loaded: RoundWithCourse; page: RoundPageKey }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const { round, course } = loaded;
  return (
    <Stack gap="xs">
      <Title order={2}>
        {t('training.round.heading', { course: course?.titleTh ?? '', number: round.number })}
      </Title>
      <Group gap="md">
        <Text c="dimmed">
          {formatDate(round.startsOn)}
          {round.endsOn !== round.startsOn ? ` – ${formatDate(round.endsOn)}` : ''}
        </Text>
        <Text c="dimmed">{round.venue}</Text>
      </Group>
      <Tabs
        value={page}
        onChange={(value) => {
          if (value)
            void navigate(`/training/rounds/${round.id}${pagePaths[value as RoundPageKey]}`);
        }}
      >
        <Tabs.List aria-label={t('training.round.pages')}>
          {(Object.keys(pagePaths) as RoundPageKey[]).map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`training.round.page.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
