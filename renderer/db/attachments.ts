// Photos and scanned documents, kept once each by the SHA-256 of their bytes (bundle-format.md,
// `files/<sha256>`), so that the same photo saved twice is stored once.
import type { PhotoRef } from '@shared/domain/volunteers/volunteer';
import type { AppDB, Attachment } from './app-db';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function saveAttachment(
  db: AppDB,
  bytes: Uint8Array,
  type: PhotoRef['type'],
): Promise<PhotoRef> {
  const sha256 = await sha256Hex(bytes);
  const attachment: Attachment = {
    sha256,
    type,
    size: bytes.byteLength,
    bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
  };
  await db.transaction('rw', db.attachments, async () => {
    if (!(await db.attachments.get(sha256))) await db.attachments.add(attachment);
  });
  return { sha256, type };
}

export function getAttachment(db: AppDB, sha256: string): Promise<Attachment | undefined> {
  return db.attachments.get(sha256);
}
