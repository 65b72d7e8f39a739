// The one permission a window may have: the camera (video only, never the microphone) for our own
// pages, so that a trainer can scan participant cards and certificates with the laptop's webcam.
import { isAppUrl } from './app-origin';

export type PermissionAsk = {
  permission: string;
  /** The page asking. */
  url: string;
  /** For `media`: what it asks for (`video`, `audio`). */
  mediaTypes: readonly string[];
};

export function isPermissionAllowed(ask: PermissionAsk): boolean {
  return (
    ask.permission === 'media' &&
    isAppUrl(ask.url) &&
    ask.mediaTypes.length > 0 &&
    ask.mediaTypes.every((type) => type === 'video')
  );
}
