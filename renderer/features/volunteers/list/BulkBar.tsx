// Actions on the selected volunteers: change status or tier (with a reason and undo), export, print.
import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { messageIn, isUserFacingError } from '@shared/errors';
import { qualityTiers, volunteerStatuses } from '@shared/domain/volunteers/volunteer';
import { useInstallation } from '../../../app/app-state';
import {
  changeStatusOf,
  changeTierOf,
  undoBulkChange,
  type BulkUndo,
} from '../../../db/bulk-volunteers';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { ExportMenu } from './ExportMenu';
import { createWriter } from '../../../db/write';

type Props = {
  selected: string[];
  onExport: (format: 'xlsx' | 'csv') => void;
  onPrint: () => void;
  onDone: () => void;
};

export function BulkBar({ selected, onExport, onPrint, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [kind, setKind] = useState<'status' | 'tier' | null>(null);
  const [value, setValue] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function apply() {
    if (!kind || !value) return;
    const writer = createWriter(db, writeContextOf(installation));
    setBusy(true);
    try {
      const undo: BulkUndo =
        kind === 'status'
          ? await changeStatusOf(writer, selected, value as never, todayIso(), reason)
          : await changeTierOf(
              writer,
              selected,
              value === '-' ? null : (value as never),
              todayIso(),
              reason,
            );
      const id = notifications.show({
        color: 'teal',
        message: (
          <Group justify="space-between">
            <Text size="sm">{t('volunteers.bulkDone', { count: selected.length })}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={async () => {
                await undoBulkChange(writer, undo);
                notifications.hide(id);
                notifications.show({ message: t('volunteers.undone') });
              }}
            >
              {t('volunteers.undo')}
            </Button>
          </Group>
        ),
        autoClose: 15_000,
      });
      setKind(null);
      setValue(null);
      setReason('');
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group
      gap="sm"
      align="flex-end"
      role="toolbar"
      aria-label={t('volunteers.selected', { count: selected.length })}
    >
      <Text fw={600}>{t('volunteers.selected', { count: selected.length })}</Text>
      <Select
        label={t('volunteers.bulkStatus')}
        w="12rem"
        clearable
        data={volunteerStatuses.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))}
        value={kind === 'status' ? value : null}
        onChange={(v) => {
          setKind(v ? 'status' : null);
          setValue(v);
        }}
      />
      <Select
        label={t('volunteers.bulkTier')}
        w="9rem"
        clearable
        data={[
          ...qualityTiers.map((q) => ({ value: q, label: q })),
          { value: '-', label: t('volunteers.filter.noTier') },
        ]}
        value={kind === 'tier' ? value : null}
        onChange={(v) => {
          setKind(v ? 'tier' : null);
          setValue(v);
        }}
      />
      <TextInput
        label={t('volunteers.bulkReason')}
        w="14rem"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Button disabled={!kind || !value} loading={busy} onClick={apply}>
        {t('volunteers.bulkApply', { count: selected.length })}
      </Button>
      <ExportMenu onExport={onExport} />
      <Button variant="default" onClick={onPrint}>
        {t('volunteers.print')}
      </Button>
    </Group>
  );
}
