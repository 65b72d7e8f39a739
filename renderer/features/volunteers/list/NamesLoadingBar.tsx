// A bar of how many of the registry's names the directory has read, shown while a search waits
// for its load (at the national size, several seconds after the app starts). It alone listens to
// the load, so that the list is not drawn again at each page read.
import { Progress, Stack, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryLoading, watchDirectoryLoading } from '../../../db/name-search/find-by-name';

export function NamesLoadingBar() {
  const { t, i18n } = useTranslation();
  const progress = useSyncExternalStore(watchDirectoryLoading, directoryLoading);
  if (!progress || progress.loaded >= progress.total) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {t('volunteers.preparingNames', {
          loaded: progress.loaded.toLocaleString(i18n.language),
          total: progress.total.toLocaleString(i18n.language),
        })}
      </Text>
      <Progress
        value={(progress.loaded / progress.total) * 100}
        aria-label={t('volunteers.preparingNamesLabel')}
      />
    </Stack>
  );
}
