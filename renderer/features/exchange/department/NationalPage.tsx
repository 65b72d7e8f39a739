// The department's national picture: every organisation known here with its volunteers, how many
// are registered, and its last bundles each way; and volunteers by province.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import { writeContextOf } from '../../../db/installation';
import { db } from '../../../db/db';
import { DepartmentOnly } from './DepartmentOnly';
import { registeredCounts } from '../../../db/registrations';
import { nationalRows } from './national-rows';
import { NationalTable } from './NationalTable';
import { ProvinceChart } from './ProvinceChart';
import { provinceSeries } from './province-series';

export function NationalPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('department.national.title')}</Title>
      <DepartmentOnly>
        <NationalPicture />
      </DepartmentOnly>
    </Stack>
  );
}

function NationalPicture() {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const own = writeContextOf(installation);
  const rows = useLiveQuery(() => nationalRows(db, own), [own.organisation, own.installationId]);
  // Registered counts read every registration of the centres: they follow once the rows show.
  const registered = useLiveQuery(
    async () =>
      rows
        ? {
            rows,
            counts: await registeredCounts(
              db,
              rows.filter((r) => r.volunteers > 0).map((r) => r.code),
            ),
          }
        : undefined,
    [rows],
  );
  const counts = registered?.rows === rows ? registered?.counts : undefined;
  if (rows === undefined) return <Text c="dimmed">…</Text>;
  if (rows.length === 0) return <Text c="dimmed">{t('department.national.empty')}</Text>;
  const series = provinceSeries(rows, counts ?? new Map());
  return (
    <>
      <Text c="dimmed" maw="60rem">
        {t('department.national.intro')}
      </Text>
      <Text role="status">
        {t('department.national.organisations', {
          formatted: rows.length.toLocaleString(i18n.language),
        })}
      </Text>
      {series.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('department.national.chart')}
          </Title>
          <ProvinceChart series={series} />
        </Card>
      )}
      <NationalTable rows={rows} registered={counts} />
    </>
  );
}
