// The rules a training round must meet before it is saved: its dates, its sessions inside them and
// not overlapping, a free round number; each problem said in Thai and English with its field.
import { formatDate } from '../dates/buddhist-era';
import { thaiDigitsToArabic } from '../text/thai-digits';
import { roundFieldsSchema, type RoundFields } from './round';

export type RoundProblem = { field: string; code: string; th: string; en: string };

export type RoundCheck = { ok: true; value: RoundFields } | { ok: false; problems: RoundProblem[] };

/** A round runs over one to three days in practice; a week is the most the app accepts. */
export const MAX_ROUND_DAYS = 7;

const DAY_MS = 86_400_000;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

type Text = { th: string; en: string };

function problem(field: string, code: string, text: Text): RoundProblem {
  return { field, code, ...text };
}

function dayNumber(iso: string): number | null {
  if (!isoDatePattern.test(iso)) return null;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** How many calendar days the round spans, both ends counted; null when a date is missing. */
export function roundLength(startsOn: string, endsOn: string): number | null {
  const first = dayNumber(startsOn);
  const last = dayNumber(endsOn);
  return first === null || last === null ? null : last - first + 1;
}

/** The round's days in order (`YYYY-MM-DD`); empty unless the dates make a round of 1–7 days. */
export function daysOfRound(startsOn: string, endsOn: string): string[] {
  const length = roundLength(startsOn, endsOn);
  if (length === null || length < 1 || length > MAX_ROUND_DAYS) return [];
  const first = dayNumber(startsOn)!;
  return Array.from({ length }, (_, i) => isoOfDay(first + i));
}

/**
 * A time of day as people type it, to `HH:MM`: `9`, `9.00`, `09:30`, `0930`, `๐๙.๓๐ น.`;
 * null when it is not a time.
 */
export function parseClockTime(input: string): string | null {
  const text = thaiDigitsToArabic(input)
    .replace(/น\.?|นาฬิกา/g, '')
    .trim();
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const dateTh = (iso: string) => formatDate(iso, { language: 'th', style: 'short' });
const dateEn = (iso: string) => formatDate(iso, { language: 'en', style: 'short' });

const fieldText: Record<string, Text> = {
  courseId: { th: 'กรุณาเลือกหลักสูตร', en: 'Choose the course.' },
  number: { th: 'รุ่นที่ต้องเป็นตัวเลข 1–9999', en: 'The round number is a number from 1 to 9999.' },
  startsOn: {
    th: 'กรุณากรอกวันเริ่มอบรม เช่น 21/3/2569',
    en: 'Enter the first day of the round, e.g. 21/3/2569.',
  },
  endsOn: {
    th: 'กรุณากรอกวันสุดท้ายของการอบรม เช่น 23/3/2569',
    en: 'Enter the last day of the round, e.g. 23/3/2569.',
  },
  venue: { th: 'กรุณากรอกสถานที่อบรม', en: 'Enter the venue.' },
  provinces: { th: 'จังหวัดที่เชิญไม่ถูกต้อง', en: 'An invited province is not known.' },
  seats: {
    th: 'จำนวนที่นั่งต้องเป็นตัวเลข 1–5000',
    en: 'The seats are a number from 1 to 5000.',
  },
  trainers: {
    th: 'รายชื่อวิทยากรยาวหรือมากเกินไป (ไม่เกิน 50 คน)',
    en: 'Too many or too long trainer names (at most 50).',
  },
  'signatory.name': {
    th: 'ชื่อผู้ลงนามยาวเกินไป (ไม่เกิน 200 ตัวอักษร)',
    en: 'The signatory’s name is too long (at most 200 characters).',
  },
  'signatory.title': {
    th: 'ตำแหน่งผู้ลงนามยาวเกินไป (ไม่เกิน 300 ตัวอักษร)',
    en: 'The signatory’s title is too long (at most 300 characters).',
  },
  sessions: {
    th: 'หนึ่งรุ่นมีได้ไม่เกิน 60 ช่วง',
    en: 'A round has at most 60 sessions.',
  },
};

function sessionFieldText(part: string, n: number): Text {
  switch (part) {
    case 'on':
      return { th: `กรุณาเลือกวันของช่วงที่ ${n}`, en: `Choose the day of session ${n}.` };
    case 'starts':
    case 'ends': {
      const [th, en] = part === 'starts' ? ['เวลาเริ่ม', 'start'] : ['เวลาเลิก', 'end'];
      return {
        th: `${th}ของช่วงที่ ${n} ต้องเป็น ชั่วโมง:นาที เช่น 09:00`,
        en: `The ${en} of session ${n} is a time as hours:minutes, e.g. 09:00.`,
      };
    }
    case 'titleTh':
      return {
        th: `กรุณากรอกชื่อหัวข้อของช่วงที่ ${n} (ไม่เกิน 200 ตัวอักษร)`,
        en: `Enter the title of session ${n} (at most 200 characters).`,
      };
    case 'kind':
      return { th: `กรุณาเลือกรูปแบบของช่วงที่ ${n}`, en: `Choose the kind of session ${n}.` };
    default:
      return {
        th: `ข้อมูลของช่วงที่ ${n} ไม่ถูกต้อง (${part})`,
        en: `Session ${n} is not valid (${part}).`,
      };
  }
}

function textOfIssue(path: readonly PropertyKey[]): { field: string; text: Text } {
  if (path[0] === 'sessions' && typeof path[1] === 'number') {
    const part = String(path[2] ?? 'id');
    return { field: `sessions.${path[1]}.${part}`, text: sessionFieldText(part, path[1] + 1) };
  }
  const field = path[0] === 'signatory' ? `signatory.${String(path[1])}` : String(path[0]);
  return {
    field,
    text: fieldText[field] ?? { th: `ข้อมูล ${field} ไม่ถูกต้อง`, en: `${field} is not valid.` },
  };
}

function schemaProblems(input: unknown): RoundProblem[] {
  const parsed = roundFieldsSchema.safeParse(input);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const problems: RoundProblem[] = [];
  for (const issue of parsed.error.issues) {
    const { field, text } = textOfIssue(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push(problem(field, `round.${field.replace(/\.\d+\./, '.')}`, text));
  }
  return problems;
}

function dateProblems(startsOn: string, endsOn: string): RoundProblem[] {
  const length = roundLength(startsOn, endsOn);
  if (length === null) return [];
  if (length < 1) {
    return [
      problem('endsOn', 'round.ends-before-start', {
        th: `วันสุดท้าย (${dateTh(endsOn)}) มาก่อนวันเริ่มอบรม (${dateTh(startsOn)}) กรุณาแก้ให้เป็นวันเดียวกันหรือหลังวันเริ่ม`,
        en: `The last day (${dateEn(endsOn)}) is before the first day (${dateEn(startsOn)}). Make it the same day or later.`,
      }),
    ];
  }
  if (length > MAX_ROUND_DAYS) {
    return [
      problem('endsOn', 'round.too-long', {
        th: `การอบรมหนึ่งรุ่นยาวได้ไม่เกิน ${MAX_ROUND_DAYS} วัน แต่วันที่กรอกยาว ${length} วัน กรุณาตรวจวันสุดท้าย`,
        en: `A round lasts at most ${MAX_ROUND_DAYS} days, but these dates span ${length}. Check the last day.`,
      }),
    ];
  }
  return [];
}

type SessionLike = { on?: unknown; starts?: unknown; ends?: unknown };
type TimedSession = { index: number; on: string; starts: string; ends: string };

function timedSessions(sessions: readonly SessionLike[]): TimedSession[] {
  const out: TimedSession[] = [];
  sessions.forEach((s, index) => {
    const { on, starts, ends } = s;
    if (typeof on !== 'string' || !isoDatePattern.test(on)) return;
    if (typeof starts !== 'string' || !clockPattern.test(starts)) return;
    if (typeof ends !== 'string' || !clockPattern.test(ends)) return;
    out.push({ index, on, starts, ends });
  });
  return out;
}

function sessionProblems(
  startsOn: string,
  endsOn: string,
  sessions: readonly SessionLike[],
): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const days = new Set(daysOfRound(startsOn, endsOn));
  const span = {
    th: `${dateTh(startsOn)} – ${dateTh(endsOn)}`,
    en: `${dateEn(startsOn)} – ${dateEn(endsOn)}`,
  };
  const timed = timedSessions(sessions);
  for (const s of timed) {
    const n = s.index + 1;
    if (days.size > 0 && !days.has(s.on)) {
      problems.push(
        problem(`sessions.${s.index}.on`, 'round.session-outside', {
          th: `ช่วงที่ ${n} อยู่วันที่ ${dateTh(s.on)} ซึ่งอยู่นอกวันอบรม (${span.th}) กรุณาเลือกวันใหม่`,
          en: `Session ${n} is on ${dateEn(s.on)}, outside the round (${span.en}). Choose another day.`,
        }),
      );
    }
    if (s.ends <= s.starts) {
      problems.push(
        problem(`sessions.${s.index}.ends`, 'round.session-ends-early', {
          th: `ช่วงที่ ${n} เลิก ${s.ends} น. ซึ่งไม่หลังเวลาเริ่ม ${s.starts} น. กรุณาแก้เวลาเลิก`,
          en: `Session ${n} ends at ${s.ends}, not after it starts (${s.starts}). Correct the end time.`,
        }),
      );
    }
  }
  return [...problems, ...overlapProblems(timed.filter((s) => s.ends > s.starts))];
}

/** Two sessions of one day overlap when one starts before the other ends; the later one is named. */
function overlapProblems(timed: readonly TimedSession[]): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const ordered = [...timed].sort((a, b) =>
    a.on === b.on
      ? a.starts.localeCompare(b.starts) || a.index - b.index
      : a.on.localeCompare(b.on),
  );
  for (let i = 1; i < ordered.length; i++) {
    const s = ordered[i]!;
    const earlier = ordered.slice(0, i).find((e) => e.on === s.on && e.ends > s.starts);
    if (!earlier) continue;
    const [a, b] = [earlier.index + 1, s.index + 1];
    problems.push(
      problem(`sessions.${s.index}.starts`, 'round.sessions-overlap', {
        th: `ช่วงที่ ${b} (${s.starts}–${s.ends} น.) ทับเวลากับช่วงที่ ${a} (${earlier.starts}–${earlier.ends} น.) ในวันที่ ${dateTh(s.on)} กรุณาแก้เวลาให้ไม่ทับกัน`,
        en: `Session ${b} (${s.starts}–${s.ends}) overlaps session ${a} (${earlier.starts}–${earlier.ends}) on ${dateEn(s.on)}. Change the times so they do not overlap.`,
      }),
    );
  }
  return problems;
}

/** Checks a whole round; returns every problem found, the schema's first, then the dates'. */
export function checkRound(input: unknown): RoundCheck {
  const raw = (input ?? {}) as Partial<Record<keyof RoundFields, unknown>>;
  const startsOn = typeof raw.startsOn === 'string' ? raw.startsOn : '';
  const endsOn = typeof raw.endsOn === 'string' ? raw.endsOn : '';
  const sessions = Array.isArray(raw.sessions) ? (raw.sessions as SessionLike[]) : [];
  const found = [
    ...schemaProblems(input),
    ...dateProblems(startsOn, endsOn),
    ...sessionProblems(startsOn, endsOn, sessions),
  ];
  const seen = new Set<string>();
  const problems = found.filter((p) => !seen.has(p.field) && seen.add(p.field));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: roundFieldsSchema.parse(input) };
}

/** The number to suggest for a new round: one after the highest taken. */
export function nextRoundNumber(taken: readonly number[]): number {
  return taken.reduce((highest, n) => Math.max(highest, n), 0) + 1;
}

/** A round number is one per course and organiser among the live rounds. */
export function numberTakenProblem(number: number, taken: readonly number[]): RoundProblem {
  const next = nextRoundNumber(taken);
  return problem('number', 'round.number-taken', {
    th: `หลักสูตรนี้มีรุ่นที่ ${number} ของผู้จัดนี้อยู่แล้ว กรุณาใช้เลขรุ่นอื่น เช่น รุ่นที่ ${next}`,
    en: `This organiser already has round ${number} of this course. Use another number, e.g. ${next}.`,
  });
}

/** Fewer seats than people enrolled is allowed (nobody is dropped), but worth a warning. */
export function seatsWarning(seats: number, enrolled: number): RoundProblem | null {
  if (seats >= enrolled) return null;
  return problem('seats', 'round.seats-below-enrolled', {
    th: `ที่นั่ง ${seats} ที่ น้อยกว่าผู้ที่ลงทะเบียนแล้ว ${enrolled} คน ไม่มีใครถูกตัดออก แต่ไม่มีที่ว่างให้ผู้รอ`,
    en: `${seats} seats is fewer than the ${enrolled} people enrolled. Nobody is removed, but nobody waiting can move up.`,
  });
}
