// The training area's front page: rounds to come and past, the courses, and where to add them.
import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { db } from '../../../db/db';
import { listCourses } from '../../../db/training/courses';
import { listRounds } from '../../../db/training/rounds';
import { CourseList } from './CourseList';
import { RoundsTable } from './RoundsTable';

export function TrainingPage() {
  const { t } = useTranslation();
  const f = (key: string) => t(`training.front.${key}`);
  const rounds = useLiveQuery(() => listRounds(db), []);
  const courses = useLiveQuery(() => listCourses(db), []);
  const today = todayIso();
  // Newest first from the query; the rounds to come read soonest first.
  const upcoming = (rounds ?? []).filter((r) => r.round.endsOn >= today).reverse();
  const past = (rounds ?? []).filter((r) => r.round.endsOn < today);

  return (
    <Stack maw="90rem">
      <Group justify="space-between">
        <Title order={2}>{f('title')}</Title>
        <Group>
          <Button component={Link} to="/training/rounds/new">
            {f('addRound')}
          </Button>
          <Button component={Link} to="/training/courses/new" variant="default">
            {f('addCourse')}
          </Button>
        </Group>
      </Group>
      <Group>
        <Anchor component={Link} to="/training/certificates/check">
          {f('checkCertificate')}
        </Anchor>
        <Anchor component={Link} to="/training/certificates/template">
          {f('certificateTemplate')}
        </Anchor>
      </Group>
      {rounds && courses && (
        <>
          <Title order={3}>{f('upcoming')}</Title>
          <RoundsTable title={f('upcoming')} rows={upcoming} empty={f('noUpcoming')} />
          <Title order={3}>{f('past')}</Title>
          <RoundsTable title={f('past')} rows={past} empty={f('noPast')} />
          <Title order={3}>{f('courses')}</Title>
          <CourseList courses={courses} />
        </>
      )}
    </Stack>
  );
}
