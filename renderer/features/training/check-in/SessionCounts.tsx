// How many are in for the session: present of enrolled, with the late and those who left early.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionCounts as Counts } from '../../../db/training/check-in-queries';

export function SessionCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" role="group" aria-label={t('checkIn.countsLabel')} align="baseline">
      <Text fz="1.6rem" fw={700}>
        {t('checkIn.counts', { present: counts.present, enrolled: counts.enrolled })}
      </Text>
      {counts.late > 0 && (
        <Text c="orange.8">{t('checkIn.countsLate', { count: counts.late })}</Text>
      )}
      {counts.leftEarly > 0 && (
        <Text c="dimmed">{t('checkIn.countsLeftEarly', { count: counts.leftEarly })}</Text>
      )}
    </Group>
  );
}
