// The stage the exchange worker is at, as a moving bar with words, for work that takes seconds.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangeProgress as Stage } from './exchange-session';

export function ExchangeProgress({ progress }: { progress: Stage | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const label = `${t(`exchange.stage.${progress.stage}`)}: ${progress.fileName}`;
  return (
    <Stack gap={4}>
      <Progress value={100} animated striped aria-label={label} />
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}
