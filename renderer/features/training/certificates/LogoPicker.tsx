// Choosing the certificate's logo: opened through the host, made small, kept by its SHA-256.
import { Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@shared/domain/volunteers/volunteer';
import { isUserFacingError, messageIn } from '@shared/errors';
import { getAttachment, saveAttachment } from '../../../db/attachments';
import { db } from '../../../db/db';
import { host } from '../../../host';
import { resizeLogo } from './resize-logo';

const MAX_LOGO_BYTES = 20 * 1024 * 1024;

type Props = { value: PhotoRef | null; onChange: (logo: PhotoRef | null) => void };

export function LogoPicker({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = useAttachmentUrl(value);

  async function choose() {
    setError(null);
    try {
      const [file] = await host.invoke('files:open', {
        title: t('certificates.template.chooseLogo'),
        filters: [
          { name: t('certificates.template.logo'), extensions: ['png', 'jpg', 'jpeg', 'webp'] },
        ],
        maxBytes: MAX_LOGO_BYTES,
      });
      if (!file) return;
      setBusy(true);
      onChange(await saveAttachment(db, await resizeLogo(file.bytes), 'image/png'));
    } catch (failure) {
      setError(
        isUserFacingError(failure) ? messageIn(failure.text, i18n.language) : String(failure),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('certificates.template.logo')}
      </Text>
      <Group align="flex-start">
        <Paper withBorder w={96} h={96} p={4}>
          {url ? (
            <Image
              src={url}
              alt={t('certificates.template.logo')}
              w="100%"
              h="100%"
              fit="contain"
            />
          ) : (
            <Text size="xs" c="dimmed" ta="center" pt="lg">
              {t('certificates.template.noLogo')}
            </Text>
          )}
        </Paper>
        <Stack gap="xs">
          <Button variant="default" size="xs" loading={busy} onClick={() => void choose()}>
            {t('certificates.template.chooseLogo')}
          </Button>
          {value && (
            <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
              {t('certificates.template.removeLogo')}
            </Button>
          )}
        </Stack>
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** An object URL of an attachment, revoked when it changes or the screen closes. */
export function useAttachmentUrl(ref: PhotoRef | null): string | null {
  const attachment = useLiveQuery(
    async () => (ref ? ((await getAttachment(db, ref.sha256)) ?? null) : null),
    [ref?.sha256],
  );
  const url = useMemo(
    () => (attachment ? URL.createObjectURL(attachment.bytes) : null),
    [attachment],
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return url;
}
