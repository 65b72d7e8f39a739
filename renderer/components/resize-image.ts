// A picture made small enough to keep and print: scaled down to a longest side, re-encoded.
import type { UserFacingError } from '@shared/errors';

export type ResizeOptions = {
  longestSide: number;
  type: 'image/jpeg' | 'image/png';
  quality?: number;
  /** What to tell the person when the bytes are not a picture the browser can open. */
  unreadable: () => UserFacingError;
};

export async function resizeImage(bytes: Uint8Array, options: ResizeOptions): Promise<Uint8Array> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch {
    throw options.unreadable();
  }
  const scale = Math.min(1, options.longestSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({
    type: options.type,
    ...(options.quality === undefined ? {} : { quality: options.quality }),
  });
  return new Uint8Array(await blob.arrayBuffer());
}
