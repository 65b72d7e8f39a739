// Reads bundle files: each is checked completely in the worker, shown, and applied on a person's word;
// the department picks many at once (a folder of centre bundles) and may apply all that passed.
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../app/app-state';
import { writeContextOf } from '../../db/installation';
import { host } from '../../host';
import { BundleResult, type CheckedFile } from './BundleResult';
import type { ExchangeSession } from './exchange-session';
import { failureText, useBusyAction } from './use-busy-action';

const MAX_BUNDLE_BYTES = 2 * 1024 ** 3;

export function ReadCard({ session }: { session: ExchangeSession | null }) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const context = writeContextOf(installation);
  const [files, setFiles] = useState<CheckedFile[]>([]);
  const { busy, run } = useBusyAction();

  const update = (id: number, state: CheckedFile['state']) =>
    setFiles((all) => all.map((f) => (f.id === id ? { ...f, state } : f)));

  const pick = () =>
    run(async () => {
      if (!session) return;
      const opened = await host.invoke('files:open', {
        title: t('exchange.pick'),
        filters: [{ name: 'OPM bundle', extensions: ['opmb'] }],
        multiple: true,
        maxBytes: MAX_BUNDLE_BYTES,
      });
      if (opened.length === 0) return;
      setFiles([]);
      for (const file of opened) {
        const { id, summary } = await session.check(context, file.name, file.bytes);
        setFiles((all) => [...all, { id, summary, state: 'checked' }]);
      }
    });

  async function apply(file: CheckedFile) {
    if (!session) return;
    update(file.id, 'applying');
    try {
      await session.apply(file.id, context);
      update(file.id, 'applied');
      notifications.show({ message: t('exchange.appliedNote', { file: file.summary.fileName }) });
    } catch (error) {
      update(file.id, 'checked');
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  }

  const applyAll = () =>
    run(async () => {
      for (const file of files.filter(isReady)) await apply(file);
    });

  const ready = files.filter(isReady);
  return (
    <Card withBorder component="section" aria-labelledby="exchange-read">
      <Stack>
        <Title order={3} size="h4" id="exchange-read">
          {t('exchange.readTitle')}
        </Title>
        <Text size="sm">{t('exchange.readIntro')}</Text>
        <Text size="sm" c="dimmed">
          {t('exchange.readMany')}
        </Text>
        <div>
          <Button onClick={() => void pick()} loading={busy} disabled={!session}>
            {t('exchange.pick')}
          </Button>
        </div>
        {files.map((file) => (
          <BundleResult
            key={file.id}
            file={file}
            onApply={() => void apply(file)}
            onDiscard={() => {
              session?.discard(file.id);
              update(file.id, 'discarded');
            }}
          />
        ))}
        {ready.length > 1 && (
          <div>
            <Button onClick={() => void applyAll()} loading={busy}>
              {t('exchange.applyAll', { count: ready.length })}
            </Button>
          </div>
        )}
      </Stack>
    </Card>
  );
}

function isReady(file: CheckedFile): boolean {
  return file.summary.outcome === 'apply' && file.state === 'checked';
}
