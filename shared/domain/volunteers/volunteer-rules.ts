// Every rule a volunteer record must meet, with what is wrong said in Thai and English and the
// field it concerns: used by the form as the person types, by spreadsheet import for each row.
import { areCodesNested } from '../address/address';
import { ageOn } from '../dates/buddhist-era';
import { thaiIdProblem, thaiIdProblemText } from '../people/thai-id';
import { titleByCode } from '../people/titles';
import { volunteerFieldsSchema, type VolunteerFields } from './volunteer';

export type FieldProblem = { field: string; code: string; th: string; en: string };

export type VolunteerCheck =
  { ok: true; value: VolunteerFields } | { ok: false; problems: FieldProblem[] };

/** The youngest age at which a person joins the corps. */
export const MIN_JOINING_AGE = 18;

const fieldText: Record<string, { th: string; en: string }> = {
  titleCode: { th: 'กรุณาเลือกคำนำหน้านาม', en: 'Choose a title.' },
  firstNameTh: { th: 'กรุณากรอกชื่อ (ภาษาไทย)', en: 'Enter the first name in Thai.' },
  lastNameTh: { th: 'กรุณากรอกนามสกุล (ภาษาไทย)', en: 'Enter the last name in Thai.' },
  firstNameEn: { th: 'ชื่อภาษาอังกฤษยาวเกินไป', en: 'The English first name is too long.' },
  lastNameEn: { th: 'นามสกุลภาษาอังกฤษยาวเกินไป', en: 'The English last name is too long.' },
  birthDate: { th: 'กรุณากรอกวันเกิด เช่น 21/3/2510', en: 'Enter the birth date, e.g. 21/3/2510.' },
  gender: { th: 'กรุณาเลือกเพศ', en: 'Choose a gender.' },
  phones: {
    th: 'เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลักขึ้นต้นด้วย 0 เช่น 0812345678',
    en: 'A phone number has 9–10 digits starting with 0, e.g. 0812345678.',
  },
  email: {
    th: 'อีเมลไม่ถูกต้อง เช่น name@example.org',
    en: 'Not an e-mail address, e.g. name@example.org.',
  },
  address: {
    th: 'กรุณาเลือกจังหวัด อำเภอ และตำบล',
    en: 'Choose the province, district and subdistrict.',
  },
  joinedOn: { th: 'กรุณากรอกวันที่เข้าเป็น อพม.', en: 'Enter the date the volunteer joined.' },
  status: { th: 'กรุณาเลือกสถานภาพ', en: 'Choose a status.' },
  tier: { th: 'ระดับคุณภาพต้องเป็น A, B หรือ C', en: 'The quality tier is A, B or C.' },
  targetGroups: { th: 'กลุ่มเป้าหมายไม่ถูกต้อง', en: 'Unknown target group.' },
  skills: { th: 'ความสามารถพิเศษยาวหรือมากเกินไป', en: 'Too many or too long skills.' },
};

function problem(field: string, code: string, text: { th: string; en: string }): FieldProblem {
  return { field, code, ...text };
}

/** Checks a whole record; `today` is `YYYY-MM-DD`. Returns every problem, not just the first. */
export function checkVolunteer(input: unknown, today: string): VolunteerCheck {
  const problems: FieldProblem[] = [];
  const record = (input ?? {}) as Partial<VolunteerFields>;
  const idProblem = thaiIdProblem(String(record.nationalId ?? ''));
  if (idProblem)
    problems.push(problem('nationalId', `thai-id.${idProblem}`, thaiIdProblemText(idProblem)));

  const parsed = volunteerFieldsSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set(problems.map((p) => p.field));
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'record');
      if (seen.has(field)) continue;
      seen.add(field);
      const text = fieldText[field] ?? {
        th: `ข้อมูล ${field} ไม่ถูกต้อง`,
        en: `${field} is not valid.`,
      };
      problems.push(problem(field, `volunteer.${field}`, text));
    }
    return { ok: false, problems };
  }
  const v = parsed.data;
  if (!titleByCode(v.titleCode))
    problems.push(problem('titleCode', 'volunteer.title', fieldText.titleCode!));
  if (v.birthDate > today) {
    problems.push(
      problem('birthDate', 'volunteer.born-in-future', {
        th: 'วันเกิดอยู่ในอนาคต กรุณาตรวจปี พ.ศ.',
        en: 'The birth date is in the future; check the Buddhist-era year.',
      }),
    );
  }
  if (v.joinedOn > today) {
    problems.push(
      problem('joinedOn', 'volunteer.joined-in-future', {
        th: 'วันที่เข้าเป็น อพม. อยู่ในอนาคต',
        en: 'The joining date is in the future.',
      }),
    );
  }
  const ageAtJoining = ageOn(v.birthDate, v.joinedOn);
  if (ageAtJoining !== null && ageAtJoining < MIN_JOINING_AGE) {
    problems.push(
      problem('joinedOn', 'volunteer.too-young', {
        th: `อายุเมื่อเข้าเป็น อพม. ต้องไม่ต่ำกว่า ${MIN_JOINING_AGE} ปี (คำนวณได้ ${ageAtJoining} ปี)`,
        en: `A volunteer joins at ${MIN_JOINING_AGE} or older (this gives ${ageAtJoining}).`,
      }),
    );
  }
  if (!areCodesNested(v.address)) {
    problems.push(
      problem('address', 'volunteer.address-codes', {
        th: 'รหัสตำบล อำเภอ และจังหวัดไม่สอดคล้องกัน',
        en: 'The subdistrict, district and province codes do not belong together.',
      }),
    );
  }
  const lastStatus = v.statusHistory.at(-1);
  if (lastStatus && lastStatus.status !== v.status) {
    problems.push(
      problem('status', 'volunteer.status-history', {
        th: 'สถานภาพไม่ตรงกับประวัติการเปลี่ยนสถานภาพล่าสุด',
        en: 'The status differs from the latest change in its history.',
      }),
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: v };
}
