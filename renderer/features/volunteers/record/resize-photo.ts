// A photo made small enough to keep and print: at most 600 pixels on its longer side, as JPEG.
import { UserFacingError } from '@shared/errors';
import { resizeImage } from '../../../components/resize-image';

export function resizePhoto(bytes: Uint8Array): Promise<Uint8Array> {
  return resizeImage(bytes, {
    longestSide: 600,
    type: 'image/jpeg',
    quality: 0.85,
    unreadable: () =>
      new UserFacingError(
        'photo.unreadable',
        {
          th: 'เปิดไฟล์รูปนี้ไม่ได้ กรุณาเลือกไฟล์ภาพ JPEG หรือ PNG',
          en: 'This picture cannot be opened. Choose a JPEG or PNG image.',
        },
        { field: 'photo' },
      ),
  });
}
