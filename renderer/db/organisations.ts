// The department's register of organisations: adding a centre, changing names, retiring and
// restoring, each through the write layer in one transaction, and the register as screens read it.
import {
  DEPARTMENT_CODE,
  isCentreCode,
  provinceOfCentre,
} from '@shared/domain/organisations/codes';
import type { Organisation } from '@shared/domain/organisations/organisation';
import { UserFacingError } from '@shared/errors';
import type { AppDB, OrganisationRecord } from './app-db';
import { volunteerOwners } from './registrations';
import { createWriter } from './write';
import type { WriteContext } from './write-context';

/** An organisation's fields; with `id`, a change to that record, without, a new record. */
export type OrganisationInput = Organisation & { id?: string };

const NAME_MAX = 200;

function departmentOnly(context: WriteContext): void {
  if (context.organisation === DEPARTMENT_CODE) return;
  throw new UserFacingError('organisations.department-only', {
    th: `เครื่องนี้เป็นของ ${context.organisation} ซึ่งไม่ใช่กรมพัฒนาสังคมและสวัสดิการ: ทะเบียนหน่วยงานแก้ไขได้เฉพาะที่กรม หากข้อมูลศูนย์ไม่ถูกต้อง ให้แจ้งกรม แล้วรับข้อมูลฉบับใหม่จากกรม`,
    en: `This computer belongs to ${context.organisation}, not to the Department of Social Development and Welfare: only the department changes the register of organisations. If a centre's details are wrong, tell the department and read its next bundle.`,
  });
}

function fieldError(code: string, field: string, th: string, en: string): UserFacingError {
  return new UserFacingError(`organisations.${code}`, { th, en }, { field });
}

/** The code's own checks: its form, its kind, and for a centre the province its digits name. */
function checkCode(fields: Organisation): void {
  const { code } = fields;
  if (code !== DEPARTMENT_CODE && !isCentreCode(code)) {
    throw fieldError(
      'bad-code',
      'code',
      `รหัสหน่วยงาน "${code}" ไม่ถูกรูปแบบ: รหัสศูนย์คือ C ตามด้วยรหัสจังหวัด 2 หลักและลำดับศูนย์ 2 หลัก เช่น C6501 ส่วนกรมคือ DSDW`,
      `The organisation code "${code}" is not valid: a centre's code is C, the 2-digit province code and a 2-digit serial, e.g. C6501; the department's is DSDW.`,
    );
  }
  const kind = code === DEPARTMENT_CODE ? 'department' : 'centre';
  if (fields.kind !== kind) {
    throw fieldError(
      'wrong-kind',
      'kind',
      `รหัส ${code} เป็นของ${kind === 'centre' ? 'ศูนย์ประสานงาน' : 'กรม'} แต่เลือกประเภทหน่วยงานไว้ไม่ตรงกัน: เลือกประเภทให้ตรงกับรหัส`,
      `The code ${code} is a ${kind === 'centre' ? "centre's" : "department's"}, but another kind was chosen: choose the kind that goes with the code.`,
    );
  }
  if (kind === 'department' && fields.provinceCode !== null) {
    throw fieldError(
      'department-province',
      'provinceCode',
      'กรมไม่ได้อยู่ในจังหวัดใดจังหวัดหนึ่ง: ไม่ต้องเลือกจังหวัดให้กรม',
      'The department belongs to no one province: leave its province empty.',
    );
  }
}

async function checkProvince(db: AppDB, fields: Organisation): Promise<void> {
  if (fields.kind !== 'centre') return;
  const digits = provinceOfCentre(fields.code)!;
  if (!fields.provinceCode) {
    throw fieldError(
      'province-missing',
      'provinceCode',
      `ยังไม่ได้เลือกจังหวัดของศูนย์ ${fields.code}: เลือกจังหวัดที่ตั้งศูนย์`,
      `No province was chosen for the centre ${fields.code}: choose the province it is in.`,
    );
  }
  const province = await db.provinces.get(fields.provinceCode);
  if (!province) {
    throw fieldError(
      'unknown-province',
      'provinceCode',
      `ไม่พบจังหวัดรหัส ${fields.provinceCode} ในข้อมูลจังหวัด: เลือกจังหวัดจากรายการ`,
      `No province has the code ${fields.provinceCode}: choose one from the list.`,
    );
  }
  if (digits !== fields.provinceCode) {
    throw fieldError(
      'province-mismatch',
      'code',
      `รหัสศูนย์ ${fields.code} เป็นของจังหวัดรหัส ${digits} แต่เลือกจังหวัด${province.nameTh} (รหัส ${province.code}): ตัวเลข 2 หลักหลัง C ต้องเป็นรหัสจังหวัดที่ตั้งศูนย์`,
      `The centre code ${fields.code} names province ${digits}, but ${province.nameEn} (${province.code}) was chosen: the two digits after C must be the centre's province code.`,
    );
  }
}

function checkNames(fields: Organisation): void {
  if (fields.nameTh === '') {
    throw fieldError(
      'name-missing',
      'nameTh',
      `ยังไม่ได้กรอกชื่อภาษาไทยของ ${fields.code}: กรอกชื่อหน่วยงานภาษาไทย`,
      `${fields.code} has no Thai name: type the organisation's name in Thai.`,
    );
  }
  for (const field of ['nameTh', 'nameEn'] as const) {
    if (fields[field].length > NAME_MAX) {
      throw fieldError(
        'name-too-long',
        field,
        `ชื่อ${field === 'nameTh' ? 'ภาษาไทย' : 'ภาษาอังกฤษ'}ของ ${fields.code} ยาวเกิน ${NAME_MAX} ตัวอักษร: ย่อชื่อให้สั้นลง`,
        `The ${field === 'nameTh' ? 'Thai' : 'English'} name of ${fields.code} is longer than ${NAME_MAX} characters: shorten it.`,
      );
    }
  }
}

function codeTakenError(existing: OrganisationRecord): UserFacingError {
  if (existing.deletedAt !== null) {
    return fieldError(
      'code-retired',
      'code',
      `รหัส ${existing.code} เคยใช้กับ "${existing.nameTh}" ซึ่งเลิกใช้แล้ว รหัสหนึ่งใช้กับหน่วยงานเดียว: นำ ${existing.code} กลับมาใช้จากรายการหน่วยงานที่เลิกใช้ หรือเลือกลำดับศูนย์อื่น`,
      `The code ${existing.code} belonged to "${existing.nameEn || existing.nameTh}", which was retired, and a code names one organisation only: restore ${existing.code} from the retired organisations, or choose another serial.`,
    );
  }
  return fieldError(
    'code-taken',
    'code',
    `รหัส ${existing.code} มีในทะเบียนแล้ว: "${existing.nameTh}" เลือกลำดับศูนย์อื่น หรือแก้ไขหน่วยงานเดิมแทนการเพิ่มใหม่`,
    `The code ${existing.code} is already in the register: "${existing.nameEn || existing.nameTh}". Choose another serial, or edit that organisation instead of adding it again.`,
  );
}

function codeFixedError(current: OrganisationRecord, code: string): UserFacingError {
  return fieldError(
    'code-fixed',
    'code',
    `รหัสของหน่วยงานเปลี่ยนจาก ${current.code} เป็น ${code} ไม่ได้ เพราะข้อมูล อพม. และไฟล์รับ–ส่งอ้างถึงรหัสเดิม: หากต้องการรหัสใหม่ ให้เพิ่มศูนย์ใหม่แล้วเลิกใช้ ${current.code}`,
    `An organisation's code cannot change from ${current.code} to ${code}: volunteers and bundles name it by its code. For a new code, add a new centre and retire ${current.code}.`,
  );
}

function trimmed(fields: OrganisationInput): Organisation {
  return {
    code: fields.code.trim().toUpperCase(),
    kind: fields.kind,
    nameTh: fields.nameTh.trim(),
    nameEn: fields.nameEn.trim(),
    provinceCode: fields.provinceCode,
  };
}

/**
 * Adds an organisation, or changes the names of one (`id` given); a code names one organisation for
 * good, so a code held by any other record, retired or not, is refused, and a record keeps its code.
 */
export async function saveOrganisation(
  db: AppDB,
  context: WriteContext,
  input: OrganisationInput,
): Promise<OrganisationRecord> {
  departmentOnly(context);
  const fields = trimmed(input);
  checkCode(fields);
  checkNames(fields);
  await checkProvince(db, fields);
  const writer = createWriter(db, context);
  return db.transaction('rw', [db.organisations, db.audit, db.meta], async () => {
    const holder = await db.organisations.where('code').equals(fields.code).first();
    if (input.id === undefined) {
      if (holder) throw codeTakenError(holder);
      return writer.create('organisations', { ...fields, owner: DEPARTMENT_CODE });
    }
    const current = await db.organisations.get(input.id);
    if (current && current.code !== fields.code) throw codeFixedError(current, fields.code);
    return writer.update('organisations', input.id, fields);
  });
}

/** The live volunteer records an organisation owns here (tombstones are not counted). */
export function liveVolunteersOf(db: AppDB, code: string): Promise<number> {
  return db.volunteers
    .where('owner')
    .equals(code)
    .filter((v) => v.deletedAt === null)
    .count();
}

function stillHoldsError(code: string, count: number): UserFacingError {
  return new UserFacingError(
    'organisations.holds-volunteers',
    {
      th: `เลิกใช้ ${code} ไม่ได้ เพราะยังมี อพม. ${count.toLocaleString('th-TH')} คนที่เป็นข้อมูลของ ${code}: ให้ศูนย์ย้ายหรือลบข้อมูล อพม. เหล่านี้ แล้วส่งไฟล์ข้อมูลให้กรมก่อน`,
      en: `${code} cannot be retired: ${count.toLocaleString('en-GB')} live volunteer records still belong to it. Have the centre move or delete them and send its bundle to the department first.`,
    },
    { field: code },
  );
}

function departmentRecordError(): UserFacingError {
  return new UserFacingError('organisations.department-record', {
    th: `${DEPARTMENT_CODE} คือกรมเอง จึงเลิกใช้ไม่ได้: เลิกใช้ได้เฉพาะศูนย์ประสานงาน`,
    en: `${DEPARTMENT_CODE} is the department itself and cannot be retired: only centres can.`,
  });
}

/** Retires an organisation: a tombstone that travels to every centre, refused while it owns volunteers. */
export async function retireOrganisation(
  db: AppDB,
  context: WriteContext,
  id: string,
): Promise<void> {
  departmentOnly(context);
  const writer = createWriter(db, context);
  await db.transaction('rw', [db.organisations, db.volunteers, db.audit, db.meta], async () => {
    const current = await db.organisations.get(id);
    if (current?.code === DEPARTMENT_CODE) throw departmentRecordError();
    if (current && current.deletedAt === null) {
      const held = await liveVolunteersOf(db, current.code);
      if (held > 0) throw stillHoldsError(current.code, held);
    }
    await writer.remove('organisations', id);
  });
}

/** Brings a retired organisation back into the register, under the same code and record. */
export async function restoreOrganisation(
  db: AppDB,
  context: WriteContext,
  id: string,
): Promise<void> {
  departmentOnly(context);
  await createWriter(db, context).restore('organisations', id);
}

/** The register in code order (the code index), with or without the retired organisations. */
export async function organisationsByCode(
  db: AppDB,
  { retired }: { retired: boolean },
): Promise<OrganisationRecord[]> {
  const all = await db.organisations.orderBy('code').toArray();
  return retired ? all : all.filter((o) => o.deletedAt === null);
}

/** Volunteer records each organisation owns here, counted on the owner index. */
export async function volunteersHeld(db: AppDB): Promise<Map<string, number>> {
  const owners = await volunteerOwners(db);
  return new Map(owners.map((o) => [o.owner, o.count]));
}
