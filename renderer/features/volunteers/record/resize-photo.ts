// A photo made small enough to keep and print: at most 600 pixels on its longer side, as JPEG.
import { UserFacingError } from '@shared/errors';

const LONGEST_SIDE = 600;
const QUALITY = 0.85;

export async function resizePhoto(bytes: Uint8Array): Promise<Uint8Array> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch {
    throw new UserFacingError(
      'photo.unreadable',
      {
        th: 'เปิดไฟล์รูปนี้ไม่ได้ กรุณาเลือกไฟล์ภาพ JPEG หรือ PNG',
        en: 'This picture cannot be opened. Choose a JPEG or PNG image.',
      },
      { field: 'photo' },
    );
  }
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
  return new Uint8Array(await blob.arrayBuffer());
}
