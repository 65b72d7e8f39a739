// Scanning a card's QR code with the webcam, for a door without a barcode scanner; shown only when
// the computer has a camera. What it reads goes the same way as a scan typed into the input.
import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasCamera, useQrCamera } from './use-camera';

type Props = { onScanned: (text: string) => void; disabled: boolean };

export function CameraScan({ onScanned, disabled }: Props) {
  const { t } = useTranslation();
  const hasCamera = useHasCamera();
  const [isOpen, setOpen] = useState(false);
  if (!hasCamera) return null;
  return (
    <>
      <Button variant="default" size="lg" onClick={() => setOpen(true)} disabled={disabled}>
        {t('checkIn.camera.open')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={t('checkIn.camera.title')}
        size="lg"
      >
        {isOpen && (
          <CameraView
            onScanned={(text) => {
              setOpen(false);
              onScanned(text);
            }}
            onClose={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
  );
}

function CameraView({
  onScanned,
  onClose,
}: {
  onScanned: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useQrCamera(video, onScanned, setFailure);
  return (
    <Stack>
      {failure ? (
        <Alert color="red" role="alert">
          {t('checkIn.camera.denied', { reason: failure })}
        </Alert>
      ) : (
        <>
          <video
            ref={video}
            aria-label={t('checkIn.camera.video')}
            muted
            playsInline
            style={{ width: '100%', background: '#000', borderRadius: 8 }}
          />
          <Text c="dimmed">{t('checkIn.camera.hint')}</Text>
        </>
      )}
      <Button variant="default" onClick={onClose}>
        {t('checkIn.camera.close')}
      </Button>
    </Stack>
  );
}
