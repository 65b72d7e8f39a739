// Asks before a withdrawal, saying who takes the seat freed; the seat changes hands in the same
// transaction as the withdrawal.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { participantName } from '@shared/domain/training/participant';
import type { ParticipantList } from '../../../db/training/participants';
import { withdraw } from '../../../db/training/seats';
import { failureText, useParticipantWriter } from './use-participant-writer';

type Props = {
  participant: ParticipantRecord;
  list: ParticipantList;
  onClose: () => void;
  onDone: (message: string) => void;
};

/** Who would take the seat: the first waiting, when the one leaving holds a seat. */
function successorOf(participant: ParticipantRecord, list: ParticipantList) {
  if (participant.status !== 'enrolled') return null;
  const first = list.waitingOrder[0];
  return list.active.find((p) => p.id === first) ?? null;
}

export function WithdrawDialog({ participant, list, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const writer = useParticipantWriter();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = participantName(participant);
  const successor = successorOf(participant, list);

  async function confirm() {
    setBusy(true);
    try {
      const { promoted } = await withdraw(db, writer, participant.id);
      onDone(
        promoted
          ? t('participants.done.promoted', { name, promoted: participantName(promoted) })
          : t('participants.done.withdrawn', { name }),
      );
    } catch (error) {
      setFailure(failureText(error, i18n.language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('participants.withdrawDialog.title', { name, number: participant.number })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('participants.withdrawDialog.body')}</Text>
        {successor && (
          <Text size="sm" fw={600}>
            {t('participants.withdrawDialog.promotes', {
              name: participantName(successor),
              number: successor.number,
            })}
          </Text>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('participants.withdrawDialog.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
            {t('participants.withdrawDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
