// The home screen: who this computer is, today's date, and the registry at a glance.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { statusSeries } from '@shared/domain/reports/status-series';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { useInstallation } from '../../app/app-state';
import { useFormatDate } from '../../app/use-format-date';
import { db } from '../../db/db';
import { volunteerCounts } from '../../db/volunteer-counts';
import { StatusChart } from './StatusChart';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const formatDate = useFormatDate();
  const counts = useLiveQuery(() => volunteerCounts(db), []);
  const centres = useLiveQuery(() => db.organisations.count(), []);
  const series = counts ? statusSeries(counts) : null;
  const total = series?.reduce((sum, bar) => sum + bar.count, 0);
  const organisation =
    i18n.language === 'en' && installation.organisation.nameEn
      ? installation.organisation.nameEn
      : installation.organisation.nameTh;

  return (
    <Stack>
      <Title order={2}>{t('home.welcome', { organisation })}</Title>
      <Group gap="lg">
        <Text>{t('home.installation', { id: installation.installationId })}</Text>
        <Text>{t('home.today', { date: formatDate(todayIso(), 'long') })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder role="group" aria-label={t('home.volunteers')}>
          <Text size="sm" c="dimmed">
            {t('home.volunteers')}
          </Text>
          <Text size="xl" fw={700}>
            {total === undefined ? '…' : total.toLocaleString(i18n.language)}
          </Text>
        </Card>
        <Card withBorder role="group" aria-label={t('home.centres')}>
          <Text size="sm" c="dimmed">
            {t('home.centres')}
          </Text>
          <Text size="xl" fw={700}>
            {centres === undefined ? '…' : centres.toLocaleString(i18n.language)}
          </Text>
        </Card>
      </SimpleGrid>
      {series && (
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('home.byStatus')}
          </Title>
          <StatusChart series={series} />
        </Card>
      )}
    </Stack>
  );
}
