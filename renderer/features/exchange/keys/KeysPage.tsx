// This installation's keys: what they are, enrolment with the department, backup and restore, and
// the department's public keys that a centre is set up with.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { useInstallation } from '../../../app/app-state';
import { useExchangeState } from '../use-exchange-state';
import { BackupCard } from './BackupCard';
import { DepartmentKeysCard } from './DepartmentKeysCard';
import { OwnKeysCard } from './OwnKeysCard';
import { RestoreCard } from './RestoreCard';

export function KeysPage() {
  const { t } = useTranslation();
  const installation = useInstallation();
  const { keys, trust, refreshKeys } = useExchangeState();
  return (
    <Stack maw={860}>
      <Title order={2}>{t('keys.title')}</Title>
      <Text>{t('keys.intro')}</Text>
      {keys !== undefined && <OwnKeysCard keys={keys} onCreated={refreshKeys} />}
      {keys && <BackupCard keys={keys} />}
      <RestoreCard onRestored={refreshKeys} />
      {installation.organisation.code !== DEPARTMENT_CODE && trust && (
        <DepartmentKeysCard trust={trust} />
      )}
    </Stack>
  );
}
