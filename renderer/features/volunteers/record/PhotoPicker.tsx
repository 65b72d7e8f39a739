// Choosing a volunteer's photo: opened through the host, made small, kept by its SHA-256.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@shared/domain/volunteers/volunteer';
import { isUserFacingError, messageIn } from '@shared/errors';
import { saveAttachment } from '../../../db/attachments';
import { db } from '../../../db/db';
import { host } from '../../../host';
import { resizePhoto } from './resize-photo';
import { VolunteerPhoto } from './VolunteerPhoto';

const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

type Props = { value: PhotoRef | null; onChange: (photo: PhotoRef | null) => void; name: string };

export function PhotoPicker({ value, onChange, name }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose() {
    setError(null);
    try {
      const [file] = await host.invoke('files:open', {
        title: t('volunteers.form.choosePhoto'),
        filters: [{ name: t('volunteers.form.photo'), extensions: ['jpg', 'jpeg', 'png', 'webp'] }],
        maxBytes: MAX_PHOTO_BYTES,
      });
      if (!file) return;
      setBusy(true);
      onChange(await saveAttachment(db, await resizePhoto(file.bytes), 'image/jpeg'));
    } catch (e) {
      setError(isUserFacingError(e) ? messageIn(e.text, i18n.language) : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group align="flex-start">
      <VolunteerPhoto photo={value} name={name} />
      <Stack gap="xs">
        <Button variant="default" size="xs" loading={busy} onClick={() => void choose()}>
          {t('volunteers.form.choosePhoto')}
        </Button>
        {value && (
          <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
            {t('volunteers.form.removePhoto')}
          </Button>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
