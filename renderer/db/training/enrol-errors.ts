// The refusals of enrolment and of the seat changes, in Thai and English, each saying where.
import { UserFacingError } from '@shared/errors';
import { participantName } from '@shared/domain/training/participant';

type Named = { number: number; titleCode: string; firstNameTh: string; lastNameTh: string };

const nameOf = (p: Named) => participantName(p);

export function roundNotFoundError(roundId: string): UserFacingError {
  return new UserFacingError(
    'participants.round-not-found',
    {
      th: 'ไม่พบรุ่นการอบรมนี้ อาจถูกลบไปแล้ว: กลับไปที่รายการรุ่นแล้วเลือกใหม่',
      en: 'This training round was not found; it may have been deleted. Go back to the rounds and choose again.',
    },
    { field: `rounds/${roundId}` },
  );
}

export function participantNotFoundError(participantId: string): UserFacingError {
  return new UserFacingError(
    'participants.not-found',
    {
      th: 'ไม่พบผู้เข้าอบรมคนนี้ในรุ่น อาจถูกลบไปแล้ว: โหลดหน้าจอใหม่',
      en: 'This participant is not in the round; the record may have been deleted. Reload the screen.',
    },
    { field: `participants/${participantId}` },
  );
}

export function firstNameMissingError(): UserFacingError {
  return new UserFacingError(
    'participants.first-name-missing',
    {
      th: 'ยังไม่ได้กรอกชื่อ: กรอกชื่อผู้เข้าอบรมเป็นภาษาไทย',
      en: 'The first name is empty: type the participant’s first name in Thai.',
    },
    { field: 'firstNameTh' },
  );
}

export function tooLongError(field: string, labelTh: string, labelEn: string, max: number) {
  return new UserFacingError(
    'participants.too-long',
    {
      th: `${labelTh}ยาวเกิน ${max} ตัวอักษร: ย่อให้สั้นลง`,
      en: `The ${labelEn} is longer than ${max} characters: shorten it.`,
    },
    { field },
  );
}

export function unknownProvinceError(code: string): UserFacingError {
  return new UserFacingError(
    'participants.unknown-province',
    {
      th: `ไม่รู้จักจังหวัดรหัส “${code}”: เลือกจังหวัดจากรายการ หรือเว้นว่างไว้`,
      en: `No province has the code “${code}”: choose one from the list, or leave it empty.`,
    },
    { field: 'provinceCode' },
  );
}

export function roleNotByNameError(): UserFacingError {
  return new UserFacingError(
    'participants.role-by-name',
    {
      th: 'อพม. ในทะเบียนให้เพิ่มจากการค้นหาหรือตามเงื่อนไข: บุคคลที่เพิ่มตามชื่อเป็นเจ้าหน้าที่ ประธาน อพม. จังหวัด หรือบุคคลภายนอก',
      en: 'Volunteers of the registry are enrolled by search or by filter: a person added by name is an officer, a provincial chair or an outside person.',
    },
    { field: 'role' },
  );
}

export function nationalIdInRoundError(existing: Named & { status: string }): UserFacingError {
  const name = nameOf(existing);
  if (existing.status === 'withdrawn') {
    return new UserFacingError(
      'participants.national-id-withdrawn',
      {
        th: `เลขประจำตัวประชาชนนี้เป็นของผู้เข้าอบรมหมายเลข ${existing.number} ${name} ซึ่งถอนตัวแล้ว: ใช้ปุ่ม “คืนสิทธิ์” ที่รายชื่อผู้ถอนตัวแทนการเพิ่มใหม่`,
        en: `This national id belongs to participant no. ${existing.number}, ${name}, who withdrew: reinstate them from the withdrawn list instead of adding them again.`,
      },
      { field: 'nationalId' },
    );
  }
  return new UserFacingError(
    'participants.national-id-in-round',
    {
      th: `เลขประจำตัวประชาชนนี้มีในรุ่นแล้ว: ผู้เข้าอบรมหมายเลข ${existing.number} ${name} ตรวจเลขจากบัตรอีกครั้ง`,
      en: `This national id is already in the round: participant no. ${existing.number}, ${name}. Check the number against the card.`,
    },
    { field: 'nationalId' },
  );
}

export function volunteerRecordError(name: string, problem: string): UserFacingError {
  return new UserFacingError(
    'participants.volunteer-record',
    {
      th: `ข้อมูล อพม. ${name} ไม่ครบถ้วน (${problem}): แก้ไขข้อมูลในทะเบียน อพม. แล้วลงทะเบียนอีกครั้ง`,
      en: `The registry record of ${name} is incomplete (${problem}): correct it in the registry, then enrol again.`,
    },
    { field: 'volunteer' },
  );
}

export function notWaitingError(p: Named): UserFacingError {
  return new UserFacingError(
    'participants.not-waiting',
    {
      th: `${nameOf(p)} (หมายเลข ${p.number}) ไม่ได้อยู่ในรายชื่อรอที่นั่ง จึงเลื่อนขึ้นไม่ได้`,
      en: `${nameOf(p)} (no. ${p.number}) is not on the waiting list, so cannot be moved up.`,
    },
    { field: 'status' },
  );
}

export function noFreeSeatError(p: Named, seats: number): UserFacingError {
  return new UserFacingError(
    'participants.no-free-seat',
    {
      th: `ที่นั่งทั้ง ${seats} ที่เต็มแล้ว จึงเลื่อน ${nameOf(p)} (หมายเลข ${p.number}) ขึ้นไม่ได้: ให้ผู้ที่ไม่มาถอนตัว หรือเพิ่มจำนวนที่นั่งของรุ่นก่อน`,
      en: `All ${seats} seats are taken, so ${nameOf(p)} (no. ${p.number}) cannot move up: withdraw someone who will not come, or raise the round's seats first.`,
    },
    { field: 'seats' },
  );
}

export function notWithdrawnError(p: Named): UserFacingError {
  return new UserFacingError(
    'participants.not-withdrawn',
    {
      th: `${nameOf(p)} (หมายเลข ${p.number}) ยังไม่ได้ถอนตัว จึงไม่ต้องคืนสิทธิ์`,
      en: `${nameOf(p)} (no. ${p.number}) has not withdrawn, so there is nothing to reinstate.`,
    },
    { field: 'status' },
  );
}

export function alreadyWithdrawnError(p: Named): UserFacingError {
  return new UserFacingError(
    'participants.already-withdrawn',
    {
      th: `${nameOf(p)} (หมายเลข ${p.number}) ถอนตัวไปแล้ว`,
      en: `${nameOf(p)} (no. ${p.number}) has already withdrawn.`,
    },
    { field: 'status' },
  );
}

export function tooManyError(count: number, max: number): UserFacingError {
  return new UserFacingError(
    'participants.too-many',
    {
      th: `เงื่อนไขนี้ตรงกับ อพม. ${count.toLocaleString('th-TH')} คน มากกว่าที่ลงทะเบียนได้ครั้งละ ${max.toLocaleString('th-TH')} คน: เลือกอำเภอ ระดับ หรือสถานภาพให้แคบลง`,
      en: `This filter selects ${count.toLocaleString('en')} volunteers, more than the ${max.toLocaleString('en')} that can be enrolled at once: narrow it by district, tier or status.`,
    },
    { field: 'filter' },
  );
}
