// Reads a QR code with the webcam: frames from the camera are searched with jsQR until one holds a
// code; the camera is released as soon as it is read or the scanner is closed.
import { Alert, Button, Stack, Text } from '@mantine/core';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** True when the computer has a camera to offer; undefined while asking. */
export function useHasCamera(): boolean | undefined {
  const [hasCamera, setHasCamera] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    const devices = navigator.mediaDevices?.enumerateDevices?.();
    if (!devices) {
      setHasCamera(false);
      return undefined;
    }
    devices
      .then((list) => list.some((device) => device.kind === 'videoinput'))
      .catch(() => false)
      .then((found) => {
        if (isCurrent) setHasCamera(found);
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  return hasCamera;
}

type Props = { onRead: (text: string) => void; onClose: () => void };

export function QrScanner({ onRead, onClose }: Props) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let isCurrent = true;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const scan = () => {
      const video = videoRef.current;
      if (!isCurrent || !video) return;
      if (video.readyState >= video.HAVE_ENOUGH_DATA && video.videoWidth > 0) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(image.data, image.width, image.height);
        if (code?.data) {
          onRead(code.data);
          return;
        }
      }
      frame = requestAnimationFrame(scan);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (!isCurrent || !videoRef.current) return;
        videoRef.current.srcObject = media;
        await videoRef.current.play();
        frame = requestAnimationFrame(scan);
      })
      .catch(() => {
        if (isCurrent) setFailed(true);
      });
    return () => {
      isCurrent = false;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onRead]);

  return (
    <Stack gap="xs">
      {failed ? (
        <Alert color="red">{t('certificates.check.cameraFailed')}</Alert>
      ) : (
        <>
          <Text size="sm">{t('certificates.check.scanning')}</Text>
          <video
            ref={videoRef}
            muted
            playsInline
            aria-label={t('certificates.check.camera')}
            style={{ width: '100%', maxWidth: 480, background: '#000' }}
          />
        </>
      )}
      <div>
        <Button variant="default" onClick={onClose}>
          {t('certificates.check.stopScan')}
        </Button>
      </div>
    </Stack>
  );
}
