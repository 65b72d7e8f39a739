// The department's keyring: enrol installations from their files, revoke with a date, publish the
// keyring bundle, and hand centres the department's own public keys.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { loadTrust } from '../../../db/exchange/trust';
import { useExchangeState } from '../use-exchange-state';
import { useBusyAction } from '../use-busy-action';
import { EnrolmentCandidates } from './EnrolmentCandidates';
import { KeyringTable } from './KeyringTable';
import { publishKeyring, saveDepartmentKeysFile } from './publish-keyring';

export function KeyringPage() {
  const { t } = useTranslation();
  const installation = useInstallation();
  const { keys } = useExchangeState();
  const keyring = useLiveQuery(async () => (await loadTrust(db)).keyring?.keyring ?? null, []);
  const { busy, run } = useBusyAction();
  const act = (work: () => Promise<string | null>) =>
    run(async () => {
      const message = await work();
      if (message) notifications.show({ color: 'green', message });
    });

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('keyring.title')}</Title>
      <Text>{t('keyring.intro')}</Text>
      {keys === null && <Alert color="yellow">{t('keyring.noKeys')}</Alert>}
      <EnrolmentCandidates installations={keyring?.installations ?? []} />
      <KeyringTable installations={keyring?.installations ?? []} />
      {keys && (
        <Group>
          <Button
            loading={busy}
            onClick={() =>
              void act(async () => {
                const saved = await publishKeyring(installation, keys);
                return saved.saved ? t('keyring.published', { file: saved.name }) : null;
              })
            }
          >
            {t('keyring.publish')}
          </Button>
          <Button
            variant="light"
            loading={busy}
            onClick={() =>
              void act(async () => {
                const saved = await saveDepartmentKeysFile(keys);
                return saved.saved ? t('keyring.departmentKeysSaved') : null;
              })
            }
          >
            {t('keyring.departmentKeys')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
