// A logo made small enough to keep and print sharply at its size on the certificate: at most 600
// pixels on its longer side, as PNG so that a transparent background stays transparent.
import { UserFacingError } from '@shared/errors';
import { resizeImage } from '../../../components/resize-image';

export function resizeLogo(bytes: Uint8Array): Promise<Uint8Array> {
  return resizeImage(bytes, {
    longestSide: 600,
    type: 'image/png',
    unreadable: () =>
      new UserFacingError(
        'certificate-template.logo-unreadable',
        {
          th: 'เปิดไฟล์รูปโลโก้นี้ไม่ได้ กรุณาเลือกไฟล์ภาพ PNG หรือ JPEG',
          en: 'This logo picture cannot be opened. Choose a PNG or JPEG image.',
        },
        { field: 'logo' },
      ),
  });
}
