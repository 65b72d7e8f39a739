// The rules a course must meet before it is saved, and the practice standard's indicator codes a
// course may train; each problem said in Thai and English with its field.
import { courseFieldsSchema, type CourseFields } from './course';
import type { RoundProblem } from './round-rules';

export type CourseCheck =
  { ok: true; value: CourseFields } | { ok: false; problems: RoundProblem[] };

/**
 * domain.md, "The practice standard": 3 components, 20 indicators: qualifications (5), ethics (5),
 * knowledge, ability and practice skills (10). Their texts are the department's configuration.
 */
export const standardComponents = [
  { component: 1, indicators: 5 },
  { component: 2, indicators: 5 },
  { component: 3, indicators: 10 },
] as const;

export type IndicatorGroup = { component: number; codes: string[] };

export const indicatorGroups: readonly IndicatorGroup[] = standardComponents.map((c) => ({
  component: c.component,
  codes: Array.from({ length: c.indicators }, (_, i) => `${c.component}.${i + 1}`),
}));

export const indicatorCodes: readonly string[] = indicatorGroups.flatMap((g) => g.codes);

/** Codes in the standard's order: 1.1 … 1.5, 2.1 … 3.10 (not 3.10 before 3.2). */
export function indicatorsInOrder(codes: readonly string[]): string[] {
  return indicatorCodes.filter((c) => codes.includes(c));
}

type Text = { th: string; en: string };

const fieldText: Record<string, Text> = {
  titleTh: {
    th: 'กรุณากรอกชื่อหลักสูตร (ภาษาไทย) ไม่เกิน 200 ตัวอักษร',
    en: 'Enter the course title in Thai (at most 200 characters).',
  },
  titleEn: {
    th: 'ชื่อหลักสูตรภาษาอังกฤษยาวเกินไป (ไม่เกิน 200 ตัวอักษร)',
    en: 'The English title is too long (at most 200 characters).',
  },
  purpose: {
    th: 'วัตถุประสงค์ยาวเกินไป (ไม่เกิน 2000 ตัวอักษร)',
    en: 'The purpose is too long (at most 2000 characters).',
  },
  indicators: {
    th: 'ตัวชี้วัดต้องเป็นรหัสตามมาตรฐานการปฏิบัติงาน เช่น 1.1 หรือ 3.10',
    en: 'Indicators are codes of the practice standard, e.g. 1.1 or 3.10.',
  },
  'completion.minPercent': {
    th: 'ร้อยละของช่วงที่ต้องเข้าร่วมต้องเป็นตัวเลข 0–100',
    en: 'The share of sessions to attend is a number from 0 to 100.',
  },
  'completion.requireMarkedSessions': {
    th: 'กรุณาระบุว่าต้องเข้าช่วงที่กำหนดหรือไม่',
    en: 'Say whether the marked sessions must be attended.',
  },
};

function fieldOf(path: readonly PropertyKey[]): string {
  return path[0] === 'completion' ? `completion.${String(path[1])}` : String(path[0]);
}

/** Checks a whole course; returns every problem found, one per field. */
export function checkCourse(input: unknown): CourseCheck {
  const problems: RoundProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    const text = fieldText[field] ?? { th: `ข้อมูล ${field} ไม่ถูกต้อง`, en: `${field} is not valid.` };
    problems.push({ field, code: `course.${field}`, ...text });
  };
  const parsed = courseFieldsSchema.safeParse(input);
  if (!parsed.success) for (const issue of parsed.error.issues) add(fieldOf(issue.path));
  const indicators = (input as Partial<CourseFields> | null)?.indicators;
  if (Array.isArray(indicators) && indicators.some((c) => !indicatorCodes.includes(c)))
    add('indicators');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { ...parsed.data!, indicators: indicatorsInOrder(parsed.data!.indicators) },
  };
}
