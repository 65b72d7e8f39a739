// About: the version, the host the app runs in, the sources of its reference data.
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResult } from '@shared/host';
import { host } from '../../host';

export function AboutPage() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<HostResult<'app:info'> | null>(null);
  useEffect(() => {
    void host.invoke('app:info').then(setInfo);
  }, []);
  return (
    <Stack>
      <Title order={2}>{t('about.title')}</Title>
      <Text>{t('app.name')}</Text>
      <Text>{t('about.description')}</Text>
      {info && (
        <>
          <Text>{t('about.version', { version: info.version })}</Text>
          <Text>
            {t('about.host', {
              host: info.kind === 'electron' ? t('about.hostElectron') : t('about.hostWeb'),
            })}
          </Text>
        </>
      )}
      <Text size="sm" c="dimmed">
        {t('about.referenceData', {
          source: 'thai-address-universal (ISC), from thai-address-database',
        })}
      </Text>
    </Stack>
  );
}
