// The overview of one round: what, where, who is invited, who trains and signs, how many are in,
// and the programme by day; edit and delete only for the organiser.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInstallation } from '../../../app/app-state';
import type { CourseRecord, RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { roundCounts } from '../../../db/training/rounds';
import { SessionsByDay } from './SessionsByDay';
import { useDateRange } from './use-date-range';
import { useOrganiserName } from './use-organiser-name';
import { useProvinceOptions } from './use-round-options';
import { useRoundDelete } from './use-round-delete';

type Props = { round: RoundRecord; course: CourseRecord | null };

function Fact({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value === '' ? '—' : value}</Text>
    </div>
  );
}

export function RoundOverview({ round, course }: Props) {
  const { t } = useTranslation();
  const o = (key: string) => t(`training.overview.${key}`);
  const installation = useInstallation();
  const dateRange = useDateRange();
  const provinces = useProvinceOptions();
  const counts = useLiveQuery(() => roundCounts(db, round.id), [round.id]);
  const remove = useRoundDelete();
  const organiser = useOrganiserName(round.owner);
  const isOwner = round.owner === installation.organisation.code;
  const name = t('training.round.heading', { course: course?.titleTh ?? '', number: round.number });
  const provinceName = new Map(provinces.map((p) => [p.value, p.label]));
  const invited = round.provinces.map((code) => provinceName.get(code) ?? code).join(', ');

  return (
    <Stack>
      {isOwner ? (
        <Group>
          <Button component={Link} to={`/training/rounds/${round.id}/edit`}>
            {o('edit')}
          </Button>
          <Button variant="default" color="red" onClick={() => void remove(round.id, name)}>
            {o('delete')}
          </Button>
        </Group>
      ) : (
        <Alert color="gray">{t('training.roundForm.readOnly', { owner: organiser })}</Alert>
      )}
      <Card withBorder role="group" aria-label={o('details')}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Fact label={o('course')} value={course?.titleTh ?? ''} />
          <Fact label={t('training.column.number')} value={round.number} />
          <Fact
            label={t('training.column.dates')}
            value={dateRange(round.startsOn, round.endsOn)}
          />
          <Fact label={t('training.column.venue')} value={round.venue} />
          <Fact label={o('organiser')} value={`${organiser} (${round.owner})`} />
          <Fact label={o('provinces')} value={invited || o('allProvinces')} />
          <Fact label={o('trainers')} value={round.trainers.join(', ')} />
          <Fact
            label={o('signatory')}
            value={[round.signatory.name, round.signatory.title].filter(Boolean).join(', ')}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder role="group" aria-label={o('counts')}>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Fact label={o('seats')} value={round.seats} />
          <Fact label={o('enrolled')} value={counts?.enrolled ?? ''} />
          <Fact label={o('waiting')} value={counts?.waiting ?? ''} />
          <Fact label={o('sessionCount')} value={round.sessions.length} />
          <Fact label={o('marks')} value={counts?.marks ?? ''} />
        </SimpleGrid>
      </Card>
      <Title order={3}>{o('schedule')}</Title>
      <SessionsByDay sessions={round.sessions} />
    </Stack>
  );
}
