// The page of an area that a coming release opens: says so plainly instead of showing an empty form.
import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaKey } from '../../app/nav-items';

export function AreaNotYetPage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const name = t(`nav.${area}`);
  return (
    <Stack>
      <Title order={2}>{name}</Title>
      <Alert color="gray" title={t('area.notYetTitle', { area: name })}>
        {t('area.notYetBody')}
      </Alert>
    </Stack>
  );
}
