// Whether this computer has a camera the browser may use, and reading QR codes from its frames.
import jsQR from 'jsqr';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** True once a video input is known to be present (and stays current as devices come and go). */
export function useHasCamera(): boolean {
  const [hasCamera, setHasCamera] = useState(false);
  useEffect(() => {
    const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!devices?.getUserMedia || !devices.enumerateDevices) return undefined;
    let isCurrent = true;
    const check = () => {
      devices
        .enumerateDevices()
        .then((list) => {
          if (isCurrent) setHasCamera(list.some((device) => device.kind === 'videoinput'));
        })
        .catch(() => {
          if (isCurrent) setHasCamera(false);
        });
    };
    check();
    devices.addEventListener('devicechange', check);
    return () => {
      isCurrent = false;
      devices.removeEventListener('devicechange', check);
    };
  }, []);
  return hasCamera;
}

/** A frame every this often: enough for a card held up, without keeping a laptop's core busy. */
const FRAME_EVERY_MS = 150;
/** Frames are scaled down to this width before decoding; a card's QR code stays readable. */
const DECODE_WIDTH = 640;

/**
 * Plays the camera in the video element and calls `onText` with the first QR code read; `onError`
 * when the camera cannot be opened (refused, busy, gone).
 */
export function useQrCamera(
  video: RefObject<HTMLVideoElement | null>,
  onText: (text: string) => void,
  onError: (reason: string) => void,
): void {
  // The latest handlers, so that a redraw of the page does not restart the camera.
  const handlers = useRef({ onText, onError });
  useLayoutEffect(() => {
    handlers.current = { onText, onError };
  });
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isCurrent = true;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const readFrame = () => {
      const element = video.current;
      if (!isCurrent || !element || !context) return;
      if (element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        const scale = Math.min(1, DECODE_WIDTH / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(image.data, image.width, image.height, {
          inversionAttempts: 'dontInvert',
        });
        if (code?.data) {
          handlers.current.onText(code.data);
          return;
        }
      }
      timer = setTimeout(readFrame, FRAME_EVERY_MS);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        stream = opened;
        if (!isCurrent || !video.current) return;
        video.current.srcObject = opened;
        await video.current.play();
        readFrame();
      })
      .catch((error: unknown) => {
        if (isCurrent)
          handlers.current.onError(error instanceof Error ? error.name : String(error));
      });

    return () => {
      isCurrent = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [video]);
}
