// A person's verdict over the computed completion of one participant, with the reason it needs.
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { participantName } from '@shared/domain/training/participant';
import { overrideCompletion, type CompletionRow } from '../../../db/training/completion';
import { createWriter } from '../../../db/write';

type Props = { row: CompletionRow | null; onClose: () => void };

export function OverrideDialog({ row, onClose }: Props) {
  const { t } = useTranslation();
  const name = row ? participantName(row.participant) : '';
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={t('completion.dialog.title', { name })}
      size="lg"
    >
      {row && <OverrideForm row={row} onDone={onClose} />}
    </Modal>
  );
}

function OverrideForm({ row, onDone }: { row: CompletionRow; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const { completion, participant } = row;
  // Most often a person reverses the computed verdict; an existing override starts as it was.
  const [completed, setCompleted] = useState(
    completion.override ? completion.override.completed : !completion.computed,
  );
  const [reason, setReason] = useState(completion.override?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [reason, completed]);
  const d = (key: string) => t(`completion.dialog.${key}`);

  const save = async () => {
    setBusy(true);
    try {
      const writer = createWriter(db, writeContextOf(installation));
      await overrideCompletion(writer, participant.id, completed, reason);
      onDone();
    } catch (failure) {
      setError(
        isUserFacingError(failure) ? messageIn(failure.text, i18n.language) : String(failure),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Text>
        {t('completion.dialog.computed', {
          verdict: t(
            completion.computed ? 'completion.verdict.completed' : 'completion.verdict.not',
          ),
          attended: completion.attended,
          sessions: completion.sessions,
        })}
      </Text>
      <Radio.Group
        label={d('verdict')}
        value={completed ? 'completed' : 'not'}
        onChange={(value) => setCompleted(value === 'completed')}
      >
        <Group mt="xs">
          <Radio value="completed" label={t('completion.verdict.completed')} />
          <Radio value="not" label={t('completion.verdict.not')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={d('reason')}
        description={d('reasonHint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {d('cancel')}
        </Button>
        <Button onClick={() => void save()} loading={busy}>
          {d('save')}
        </Button>
      </Group>
    </Stack>
  );
}
