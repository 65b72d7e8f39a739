// Gives registration numbers to the selected volunteers on a date: one transaction, progress for a
// large selection, and a notification that says which numbers were given, with undo.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { ThaiDateInput } from '../../../components/ThaiDateInput';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { assignRegistrations, undoAssignment, type Assignment } from '../../../db/registrations';

/** Below this many, the work is over before a progress bar could be read. */
const SHOW_PROGRESS_FROM = 500;

type Props = { selected: string[]; onDone: () => void };

export function AssignBar({ selected, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [on, setOn] = useState<string | null>(todayIso());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const context = writeContextOf(installation);
  const number = (n: number) => n.toLocaleString(i18n.language);

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
    });

  function summaryOf({ created, skipped }: Assignment): string {
    const first = created[0]?.number;
    const last = created.at(-1)?.number;
    const lines = [
      !first
        ? t('department.registrations.noneAssigned')
        : created.length === 1
          ? t('department.registrations.assignedOne', { first })
          : t('department.registrations.assigned', { people: number(created.length), first, last }),
    ];
    if (skipped.length > 0)
      lines.push(t('department.registrations.skipped', { people: number(skipped.length) }));
    return lines.join(' · ');
  }

  function announce(assignment: Assignment) {
    const ids = assignment.created.map((r) => r.id);
    const id = notifications.show({
      color: ids.length > 0 ? 'teal' : 'yellow',
      autoClose: 15_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" role="status">
            {summaryOf(assignment)}
          </Text>
          {ids.length > 0 && (
            <Button
              size="xs"
              variant="light"
              onClick={async () => {
                try {
                  await undoAssignment(db, context, ids);
                  notifications.hide(id);
                  notifications.show({ message: t('department.registrations.undone') });
                } catch (error) {
                  fail(error);
                }
              }}
            >
              {t('department.registrations.undo')}
            </Button>
          )}
        </Group>
      ),
    });
  }

  async function assign() {
    if (!on) return;
    setBusy(true);
    try {
      const large = selected.length >= SHOW_PROGRESS_FROM;
      if (large) setProgress({ done: 0, total: selected.length });
      const assignment = await assignRegistrations(
        db,
        context,
        selected,
        on,
        large ? { onProgress: (done, total) => setProgress({ done, total }) } : {},
      );
      announce(assignment);
      onDone();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Text fw={600}>
          {t('department.registrations.selected', { people: number(selected.length) })}
        </Text>
        <ThaiDateInput
          label={t('department.registrations.date')}
          w="12rem"
          value={on}
          onChange={(value) => setOn(value)}
        />
        <Button disabled={selected.length === 0 || !on} loading={busy} onClick={assign}>
          {t('department.registrations.assign', {
            people: number(selected.length),
          })}
        </Button>
      </Group>
      {progress && (
        <Progress
          value={progress.total ? (100 * progress.done) / progress.total : 0}
          aria-label={t('department.registrations.assigning', progress)}
        />
      )}
    </Stack>
  );
}
