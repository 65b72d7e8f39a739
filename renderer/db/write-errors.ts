// The refusals of the write layer, in Thai and English.
import { UserFacingError } from '@shared/errors';

export function notOwnerError(table: string, owner: string, organisation: string): UserFacingError {
  return new UserFacingError(
    'write.not-owner',
    {
      th: `ข้อมูลนี้เป็นของหน่วยงาน ${owner} จึงแก้ไขจากหน่วยงาน ${organisation} ไม่ได้ ขอให้หน่วยงานเจ้าของแก้ไขแล้วส่งข้อมูลมาใหม่`,
      en: `This record belongs to ${owner}, so ${organisation} cannot change it. Ask the owner to change it and send a new bundle.`,
    },
    { field: table },
  );
}

export function notFoundError(table: string, id: string): UserFacingError {
  return new UserFacingError(
    'write.not-found',
    {
      th: 'ไม่พบข้อมูลที่ต้องการแก้ไข อาจถูกลบไปแล้ว กรุณาโหลดหน้าจอใหม่',
      en: 'The record to change was not found; it may have been deleted. Reload the screen.',
    },
    { field: `${table}/${id}` },
  );
}

export function deletedError(table: string, id: string): UserFacingError {
  return new UserFacingError(
    'write.deleted',
    {
      th: 'ข้อมูลนี้ถูกลบแล้ว แก้ไขไม่ได้ หากต้องการใช้ต่อ ให้กู้คืนก่อน',
      en: 'This record was deleted and cannot be changed; restore it first.',
    },
    { field: `${table}/${id}` },
  );
}
