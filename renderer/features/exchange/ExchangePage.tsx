// The exchange area: send the next bundle (or, for the department, releases to centres), read bundles,
// and the way to the log, the keys, the conflicts and the department's own screens.
import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { useInstallation } from '../../app/app-state';
import { ExchangeProgress } from './ExchangeProgress';
import { ReadCard } from './ReadCard';
import { SendCard } from './SendCard';
import { useExchangeSession } from './use-exchange-session';
import { useExchangeState } from './use-exchange-state';

export function ExchangePage() {
  const { t } = useTranslation();
  const installation = useInstallation();
  const isDepartment = installation.organisation.code === DEPARTMENT_CODE;
  const { keys, trust, openConflicts } = useExchangeState();
  const { session, progress } = useExchangeSession();
  return (
    <Stack maw={960}>
      <Title order={2}>{t('exchange.title')}</Title>
      <Text>{t('exchange.intro')}</Text>
      <Card withBorder component="nav" aria-label={t('exchange.links')}>
        <Group gap="lg">
          <Anchor component={Link} to="/exchange/log">
            {t('exchange.logLink')}
          </Anchor>
          <Anchor component={Link} to="/exchange/keys">
            {t('exchange.keysLink')}
          </Anchor>
          <Anchor component={Link} to="/exchange/conflicts">
            {t('exchange.conflictsLink', { count: openConflicts ?? 0 })}
          </Anchor>
          <Anchor component={Link} to="/exchange/organisations">
            {t('exchange.organisationsLink')}
          </Anchor>
          {isDepartment && (
            <>
              <Anchor component={Link} to="/exchange/keyring">
                {t('exchange.keyringLink')}
              </Anchor>
              <Anchor component={Link} to="/exchange/registrations">
                {t('exchange.registrationsLink')}
              </Anchor>
              <Anchor component={Link} to="/exchange/national">
                {t('exchange.nationalLink')}
              </Anchor>
            </>
          )}
        </Group>
      </Card>
      {keys === null && <Alert color="yellow">{t('exchange.noKeys')}</Alert>}
      <ExchangeProgress progress={progress} />
      {keys && trust && <SendCard session={session} keys={keys} trust={trust} />}
      <ReadCard session={session} />
    </Stack>
  );
}
