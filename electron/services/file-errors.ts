// Turns what the operating system says about a failed read or write into a message a person can act on.
import { UserFacingError } from '../../shared/errors';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A failed save. The old file is always left as it was, and every message says so. */
export function writeFailure(error: unknown, fileName: string): UserFacingError {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserFacingError('file-disk-full', {
        th: `ดิสก์เต็ม จึงบันทึก "${fileName}" ไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียนทับ กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง`,
        en: `The disk is full, so "${fileName}" was not saved. Nothing was overwritten. Free some space and try again.`,
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserFacingError('file-no-permission', {
        th: `ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์นี้ จึงบันทึก "${fileName}" ไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียนทับ กรุณาเลือกโฟลเดอร์อื่น`,
        en: `No permission to write in this folder, so "${fileName}" was not saved. Nothing was overwritten. Choose another folder.`,
      });
    case 'EBUSY':
      return new UserFacingError('file-in-use', {
        th: `"${fileName}" เปิดอยู่ในโปรแกรมอื่น จึงบันทึกไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียนทับ กรุณาปิดไฟล์แล้วลองอีกครั้ง`,
        en: `"${fileName}" is open in another program, so it was not saved. Nothing was overwritten. Close it and try again.`,
      });
    default:
      return new UserFacingError('file-write-failed', {
        th: `บันทึก "${fileName}" ไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียนทับ`,
        en: `"${fileName}" could not be saved. Nothing was overwritten.`,
      });
  }
}

/** A failed open. */
export function readFailure(error: unknown, fileName: string): UserFacingError {
  switch (errorCode(error)) {
    case 'ENOENT':
      return new UserFacingError('file-not-found', {
        th: `ไม่พบไฟล์ "${fileName}"`,
        en: `"${fileName}" was not found.`,
      });
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError('file-no-read-permission', {
        th: `ไม่มีสิทธิ์อ่านไฟล์ "${fileName}"`,
        en: `No permission to read "${fileName}".`,
      });
    default:
      return new UserFacingError('file-read-failed', {
        th: `เปิดไฟล์ "${fileName}" ไม่สำเร็จ`,
        en: `"${fileName}" could not be opened.`,
      });
  }
}

export function tooLarge(fileName: string, maxBytes: number): UserFacingError {
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  return new UserFacingError('file-too-large', {
    th: `ไฟล์ "${fileName}" ใหญ่เกิน ${megabytes} MB จึงไม่ได้เปิด`,
    en: `"${fileName}" is larger than ${megabytes} MB, so it was not opened.`,
  });
}

export function notAFile(fileName: string): UserFacingError {
  return new UserFacingError('file-not-a-file', {
    th: `"${fileName}" ไม่ใช่ไฟล์`,
    en: `"${fileName}" is not a file.`,
  });
}
