// The refusals of check-in at the door, in Thai and English: who, why, and what to do instead.
import { UserFacingError } from '@shared/errors';

type Who = { name: string; number: number };

export function notEnrolledError(who: Who, status: 'waiting' | 'withdrawn'): UserFacingError {
  if (status === 'waiting') {
    return new UserFacingError(
      'check-in.waiting',
      {
        th: `${who.name} (เลขที่ ${who.number}) อยู่ในรายชื่อสำรอง จึงยังลงทะเบียนเข้าอบรมไม่ได้ ให้เลื่อนขึ้นเป็นผู้เข้าอบรมในหน้าผู้เข้าอบรมก่อน`,
        en: `${who.name} (no. ${who.number}) is on the waiting list, so cannot be checked in. Move them up to the enrolled on the participants page first.`,
      },
      { field: 'status' },
    );
  }
  return new UserFacingError(
    'check-in.withdrawn',
    {
      th: `${who.name} (เลขที่ ${who.number}) ถอนตัวจากการอบรมรุ่นนี้แล้ว จึงลงทะเบียนเข้าอบรมไม่ได้ หากกลับมาเข้าอบรม ให้รับกลับในหน้าผู้เข้าอบรมก่อน`,
      en: `${who.name} (no. ${who.number}) has withdrawn from this round, so cannot be checked in. If they are back, enrol them again on the participants page first.`,
    },
    { field: 'status' },
  );
}

export function alreadyCheckedInError(who: Who, clock: string): UserFacingError {
  return new UserFacingError(
    'check-in.already',
    {
      th: `${who.name} (เลขที่ ${who.number}) ลงทะเบียนเข้าช่วงนี้แล้วเมื่อ ${clock} น. ไม่ต้องลงทะเบียนซ้ำ`,
      en: `${who.name} (no. ${who.number}) was already checked in for this session at ${clock}; nothing to do.`,
    },
    { field: 'checkedInAt' },
  );
}

export function unknownParticipantError(): UserFacingError {
  return new UserFacingError('check-in.unknown-participant', {
    th: 'ไม่พบผู้เข้าอบรมคนนี้ในรุ่นนี้ อาจถูกลบไปแล้ว ให้ค้นหาอีกครั้ง',
    en: 'This participant is not in this round; they may have been removed. Search again.',
  });
}

export function unknownSessionError(): UserFacingError {
  return new UserFacingError(
    'check-in.unknown-session',
    {
      th: 'ไม่พบช่วงการอบรมที่เลือกในรุ่นนี้ อาจถูกแก้ไขกำหนดการไปแล้ว ให้เลือกช่วงการอบรมใหม่',
      en: 'The chosen session is not in this round; the schedule may have changed. Choose the session again.',
    },
    { field: 'sessionId' },
  );
}
