// A logo made small enough to keep and print sharply at its size on the certificate: at most 600
// pixels on its longer side, as PNG so that a transparent background stays transparent.
import { UserFacingError } from '@shared/errors';

const LONGEST_SIDE = 600;

export async function resizeLogo(bytes: Uint8Array): Promise<Uint8Array> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch {
    throw new UserFacingError(
      'certificate-template.logo-unreadable',
      {
        th: 'เปิดไฟล์รูปโลโก้นี้ไม่ได้ กรุณาเลือกไฟล์ภาพ PNG หรือ JPEG',
        en: 'This logo picture cannot be opened. Choose a PNG or JPEG image.',
      },
      { field: 'logo' },
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
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
