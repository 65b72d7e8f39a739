// Writes the next bundle for one organisation and saves it where the person chooses: a centre's
// bundle for the department, or, in department mode, one release per centre.
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import type { InstallationKeys } from '@shared/host';
import { useInstallation } from '../../app/app-state';
import { writeContextOf } from '../../db/installation';
import { knownInstallations, recipientsFor, type TrustState } from '../../db/exchange/trust';
import type { ExchangeSession } from './exchange-session';
import { useBusyAction } from './use-busy-action';

type Props = { session: ExchangeSession | null; keys: InstallationKeys; trust: TrustState };

export function SendCard({ session, keys, trust }: Props) {
  const { t } = useTranslation();
  const installation = useInstallation();
  const isDepartment = installation.organisation.code === DEPARTMENT_CODE;
  const organisations = new Set(knownInstallations(trust).map((entry) => entry.organisation));
  const hasDepartment = organisations.has(DEPARTMENT_CODE);
  const own = installation.organisation.code;
  // A trainer's laptop and the office PC of one centre exchange files the same way.
  const hasOtherOwn = knownInstallations(trust).some(
    (entry) =>
      entry.organisation === own &&
      entry.id !== installation.installationId &&
      entry.revokedAt === null,
  );
  const centres = [...organisations].filter((code) => code !== DEPARTMENT_CODE).sort();
  const [centre, setCentre] = useState<string | null>(null);
  const { busy, run: act } = useBusyAction();
  const context = writeContextOf(installation);

  async function sendTo(recipient: string): Promise<boolean> {
    if (!session) return false;
    const written = await session.send(
      context,
      recipient,
      recipientsFor(trust, recipient, keys.ageRecipient),
      keys.keyId,
    );
    if (!written) {
      notifications.show({ message: t('exchange.sendCancelled') });
      return false;
    }
    const count = Object.values(written.records).reduce((sum, n) => sum + n, 0);
    notifications.show({
      color: 'green',
      message: t('exchange.sent', { file: written.fileName, sequence: written.sequence, count }),
    });
    return true;
  }

  /** Every centre's release that has something in it, saved together into one folder. */
  async function writeAll() {
    if (!session) return;
    const targets = centres.map((code) => ({
      recipient: code,
      recipients: recipientsFor(trust, code, keys.ageRecipient),
    }));
    const written = await session.sendMany(
      context,
      targets,
      keys.keyId,
      t('exchange.releasesTitle'),
    );
    if (written === null) notifications.show({ message: t('exchange.sendCancelled') });
    else
      notifications.show({
        color: 'green',
        message: t('exchange.releasesWritten', { count: written.length }),
      });
  }

  if (!isDepartment) {
    return (
      <Card withBorder component="section" aria-labelledby="exchange-send">
        <Stack>
          <Title order={3} size="h4" id="exchange-send">
            {t('exchange.sendTitle')}
          </Title>
          <Text size="sm">{t('exchange.sendIntro')}</Text>
          {!hasDepartment && <Alert color="yellow">{t('exchange.noDepartmentKeys')}</Alert>}
          <div>
            <Button
              onClick={() => void act(async () => void (await sendTo(DEPARTMENT_CODE)))}
              loading={busy}
              disabled={!session || !hasDepartment}
            >
              {t('exchange.send')}
            </Button>
          </div>
          {hasOtherOwn && (
            <>
              <Text size="sm">{t('exchange.sendOwnIntro')}</Text>
              <div>
                <Button
                  variant="light"
                  onClick={() => void act(async () => void (await sendTo(own)))}
                  loading={busy}
                  disabled={!session}
                >
                  {t('exchange.sendOwn')}
                </Button>
              </div>
            </>
          )}
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="exchange-releases">
      <Stack>
        <Title order={3} size="h4" id="exchange-releases">
          {t('exchange.releasesTitle')}
        </Title>
        <Text size="sm">{t('exchange.releasesIntro')}</Text>
        {centres.length === 0 && <Text c="dimmed">{t('exchange.noCentres')}</Text>}
        <Group align="flex-end">
          <Select
            label={t('exchange.releaseFor')}
            data={centres}
            value={centre}
            onChange={setCentre}
            searchable
          />
          <Button
            onClick={() => centre && void act(async () => void (await sendTo(centre)))}
            disabled={!centre || !session}
            loading={busy}
          >
            {t('exchange.writeRelease')}
          </Button>
          <Button
            variant="light"
            onClick={() => void act(writeAll)}
            disabled={centres.length === 0 || !session}
            loading={busy}
          >
            {t('exchange.writeAllReleases', { count: centres.length })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
