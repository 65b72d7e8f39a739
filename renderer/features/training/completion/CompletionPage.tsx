// Completion per participant, the round's report (attendance per session, by province), overrides
// with a reason, and the certificates: issued, printed, and the report printed or exported.
import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { loadRoundReport, type RoundReport } from '../../../db/training/round-report';
import { RoundFrame } from '../RoundHeader';
import { AttendanceChart } from './AttendanceChart';
import { CompletionActions } from './CompletionActions';
import { CompletionTable } from './CompletionTable';
import { ProvinceTable } from './ProvinceTable';
import { SessionTable } from './SessionTable';

export function CompletionPage() {
  const { id = '' } = useParams();
  return (
    <RoundFrame roundId={id} page="completion">
      {({ round }) => <CompletionBody roundId={round.id} />}
    </RoundFrame>
  );
}

function CompletionBody({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { organisation } = useInstallation();
  const report = useLiveQuery(
    () => loadRoundReport(db, roundId, organisation),
    [roundId, organisation],
  );
  if (report === undefined) return <Loader aria-label={t('completion.loading')} />;
  if (report === null) return <Alert color="red">{t('completion.notFound')}</Alert>;
  return (
    <Stack>
      <Summary report={report} />
      <CompletionActions report={report} />
      {report.rows.length === 0 ? (
        <Alert color="gray">{t('completion.none')}</Alert>
      ) : (
        <CompletionTable report={report} />
      )}
      <Card withBorder component="section" aria-labelledby="completion-sessions">
        <Stack>
          <Title order={3} size="h4" id="completion-sessions">
            {t('completion.sessions.title')}
          </Title>
          <AttendanceChart series={report.sessionSeries} />
          <SessionTable series={report.sessionSeries} />
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="completion-provinces">
        <Stack>
          <Title order={3} size="h4" id="completion-provinces">
            {t('completion.provinces.title')}
          </Title>
          <ProvinceTable provinces={report.provinces} />
        </Stack>
      </Card>
    </Stack>
  );
}

function Summary({ report }: { report: RoundReport }) {
  const { t, i18n } = useTranslation();
  const { summary, rule, rows } = report;
  const issued = rows.filter((row) => row.participant.certificate !== null).length;
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Group gap="xl" role="group" aria-label={t('completion.summaryLabel')}>
      <Text fw={600}>
        {t('completion.summary', {
          enrolled: n(summary.enrolled),
          completed: n(summary.completed),
          percent: summary.percent,
        })}
      </Text>
      <Text c="dimmed">
        {t(rule.requireMarkedSessions ? 'completion.ruleMarked' : 'completion.rule', {
          percent: rule.minPercent,
        })}
      </Text>
      <Text role="status">{t('completion.issuedCount', { count: issued, shown: n(issued) })}</Text>
    </Group>
  );
}
