// Asks before an organisation is retired, and says why when it cannot be (volunteers still its own).
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import type { OrganisationRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { retireOrganisation } from '../../../db/organisations';
import { failureText } from '../use-busy-action';

type Props = { record: OrganisationRecord | null; onClose: () => void };

export function RetireDialog({ record, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={record !== null}
      onClose={onClose}
      title={record ? t('organisations.retireDialog.title', { code: record.code }) : ''}
    >
      {record && <RetireConfirmation key={record.id} record={record} onClose={onClose} />}
    </Modal>
  );
}

function RetireConfirmation({
  record,
  onClose,
}: {
  record: OrganisationRecord;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (i18n.language === 'en' && record.nameEn) || record.nameTh;

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await retireOrganisation(db, writeContextOf(installation), record.id);
      notifications.show({
        color: 'teal',
        message: t('organisations.retireDialog.retired', { code: record.code }),
      });
      onClose();
    } catch (error) {
      setFailure(failureText(error, i18n.language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Text size="sm">{t('organisations.retireDialog.body', { code: record.code, name })}</Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('organisations.retireDialog.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('organisations.retireDialog.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
