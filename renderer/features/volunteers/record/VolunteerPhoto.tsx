// A volunteer's photo from its attachment, or an empty frame.
import { Image, Paper, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@shared/domain/volunteers/volunteer';
import { getAttachment } from '../../../db/attachments';
import { db } from '../../../db/db';

export function VolunteerPhoto({ photo, name }: { photo: PhotoRef | null; name: string }) {
  const { t } = useTranslation();
  const attachment = useLiveQuery(
    async () => (photo ? ((await getAttachment(db, photo.sha256)) ?? null) : null),
    [photo?.sha256],
  );
  const url = useMemo(
    () => (attachment ? URL.createObjectURL(attachment.bytes) : null),
    [attachment],
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return (
    <Paper withBorder w={120} h={150} style={{ overflow: 'hidden' }}>
      {url ? (
        <Image src={url} alt={t('volunteers.form.photoOf', { name })} w={120} h={150} fit="cover" />
      ) : (
        <Text size="xs" c="dimmed" ta="center" pt="xl">
          {t('volunteers.form.noPhoto')}
        </Text>
      )}
    </Paper>
  );
}
