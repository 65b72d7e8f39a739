// Courses and training rounds, entered from the keyboard as a trainer would: createCourse and
// createRound make a complete course or round and wait until it is saved; the smaller steps
// (fillRound, saveForm, chooseByKeyboard …) let a spec stop half-way to look at a refusal.
//
// Typical use in another spec:
//   await new SetupPage(page).setUpCentre(40);
//   await createCourse(page, { titleTh: 'การพัฒนาศักยภาพ อพม.' });
//   const roundId = await createRound(page, twoDayRound('การพัฒนาศักยภาพ อพม.'));
//   await page.goto(`./#/training/rounds/${roundId}/participants`);
import { expect, type Locator, type Page } from '@playwright/test';

export type SessionKindName = 'lecture' | 'panel' | 'group-work' | 'field-visit';

export type CourseInput = {
  titleTh: string;
  titleEn?: string;
  purpose?: string;
  /** Indicator codes, e.g. ['1.1', '3.10']. */
  indicators?: string[];
  /** Share of sessions to attend; the form's default (80) when absent. */
  minPercent?: number;
  requireMarkedSessions?: boolean;
};

export type SessionInput = {
  /** The day of the round, 1 for its first day. */
  day: number;
  /** `HH:MM` (or anything the form reads as a time: `9.30`, `0930`). */
  starts: string;
  ends: string;
  title: string;
  kind?: SessionKindName;
  speaker?: string;
  required?: boolean;
};

export type RoundInput = {
  /** The course's Thai title, exactly as saved. */
  course: string;
  /** รุ่นที่; the suggested number is kept when absent. */
  number?: number;
  /** `YYYY-MM-DD` (C.E.) or as typed in the form, e.g. `21/3/2569`. */
  startsOn: string;
  endsOn: string;
  venue: string;
  /** Thai province names, e.g. ['พิษณุโลก']; the centre's own province is there already. */
  provinces?: string[];
  seats?: number;
  trainers?: string[];
  signatory?: { name: string; title: string };
  sessions: SessionInput[];
};

const kindNames: Record<SessionKindName, string> = {
  lecture: 'บรรยาย',
  panel: 'อภิปราย',
  'group-work': 'กลุ่มย่อย',
  'field-visit': 'ศึกษาดูงาน',
};

/** `2026-03-21` → `21/3/2569`, as a person types a Buddhist-era date; other text is kept. */
export function buddhistDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!iso) return date;
  return `${Number(iso[3])}/${Number(iso[2])}/${Number(iso[1]) + 543}`;
}

/** `YYYY-MM-DD` of today plus `days` in the local calendar (the browser's is Asia/Bangkok). */
export function isoDaysFromToday(days: number, today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A two-day round of `course` with four sessions (two a day, the first required), starting
 * `startsInDays` days from today.
 */
export function twoDayRound(course: string, startsInDays = 14): RoundInput {
  return {
    course,
    startsOn: isoDaysFromToday(startsInDays),
    endsOn: isoDaysFromToday(startsInDays + 1),
    venue: 'โรงแรมอมรินทร์ลากูน พิษณุโลก',
    seats: 40,
    trainers: ['นางสาวจันทร์เพ็ญ ศรีสุข', 'นายวิชัย ทองดี'],
    signatory: { name: 'นายสมชาย ใจงาม', title: 'ผู้อำนวยการศูนย์ประสานงาน อพม.' },
    sessions: [
      {
        day: 1,
        starts: '09:00',
        ends: '10:30',
        title: 'บทบาทหน้าที่ อพม.',
        kind: 'lecture',
        speaker: 'นางสาวจันทร์เพ็ญ ศรีสุข',
        required: true,
      },
      { day: 1, starts: '10:45', ends: '12:00', title: 'การชี้เป้าและเฝ้าระวัง', kind: 'panel' },
      { day: 2, starts: '09:00', ends: '12:00', title: 'ฝึกปฏิบัติการจัดการรายกรณี', kind: 'group-work' },
      {
        day: 2,
        starts: '13:00',
        ends: '16:00',
        title: 'ศึกษาดูงานศูนย์ช่วยเหลือสังคมตำบล',
        kind: 'field-visit',
      },
    ],
  };
}

/** A text box named exactly `label` (a field's label, or a session control's "… ช่วงที่ n"). */
export function field(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

/**
 * Replaces a text box's value from the keyboard, then leaves it with Tab (which checks and tidies
 * it). The text goes in as one input event, as a Thai input method or a paste gives it: typing
 * key by key is many times slower and tests nothing more in these forms.
 */
export async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
}

/**
 * Picks an option of a list that is not searchable, with the arrow keys and Enter only: opens it
 * with ArrowDown and moves down until the active option's text is `option` (or starts with it,
 * for a RegExp, matches it).
 */
export async function chooseByKeyboard(
  page: Page,
  box: Locator,
  option: string | RegExp,
): Promise<void> {
  const isWanted = (text: string) =>
    typeof option === 'string' ? text.trim() === option : option.test(text.trim());
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  for (let step = 0; step < 40; step++) {
    const active = await box.getAttribute('aria-activedescendant');
    if (active) {
      const text = (await page.locator(`[id="${active}"]`).textContent()) ?? '';
      if (isWanted(text)) {
        await page.keyboard.press('Enter');
        await expect(box).toHaveAttribute('aria-expanded', 'false');
        return;
      }
    }
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Escape');
  throw new Error(`No option ${String(option)} in "${await box.getAttribute('aria-label')}"`);
}

/** Types into a searchable list and takes the first option found with Enter. */
async function searchAndPick(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await expect(page.getByRole('option', { name: text, exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
}

async function typeNumber(page: Page, label: string, value: number): Promise<void> {
  await typeInto(page, field(page, label), String(value));
}

/** Sets a checkbox from the keyboard (Space) when it is not already as wanted. */
async function setCheckbox(page: Page, box: Locator, checked: boolean): Promise<void> {
  if ((await box.isChecked()) === checked) return;
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked({ checked });
}

/** The form on screen, by its title (`เพิ่มรุ่นการอบรม`, `แก้ไขหลักสูตร` …). */
export function formNamed(page: Page, title: string): Locator {
  return page.getByRole('form', { name: title });
}

/**
 * Saves the form on screen with Ctrl+S and waits until the app leaves it for a page whose address
 * matches `leavesFor`; throws with the form's own message when the save is refused.
 */
export async function saveForm(page: Page, form: Locator, leavesFor: RegExp): Promise<void> {
  await page.keyboard.press('Control+S');
  const refusal = form.getByRole('alert');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (leavesFor.test(page.url())) return;
    if (await refusal.count()) {
      throw new Error(`The form was not saved: ${await refusal.first().innerText()}`);
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`The form was not saved within 15 s (still at ${page.url()})`);
}

/** Adds a course from the front page of the training area, and waits until it is listed. */
export async function createCourse(page: Page, course: CourseInput): Promise<void> {
  await page.goto('./#/training/courses/new');
  const form = formNamed(page, 'เพิ่มหลักสูตร');
  await expect(form).toBeVisible();
  await typeInto(page, field(page, 'ชื่อหลักสูตร'), course.titleTh);
  if (course.titleEn) await typeInto(page, field(page, 'ชื่อหลักสูตร (ภาษาอังกฤษ)'), course.titleEn);
  if (course.purpose) await typeInto(page, field(page, 'วัตถุประสงค์'), course.purpose);
  const indicators = page.getByRole('combobox', { name: 'ตัวชี้วัดที่อบรม', exact: true });
  for (const code of course.indicators ?? []) await searchAndPick(page, indicators, code);
  if (course.minPercent !== undefined)
    await typeNumber(page, 'ร้อยละของช่วงที่ต้องเข้าร่วม', course.minPercent);
  if (course.requireMarkedSessions !== undefined) {
    const box = page.getByRole('checkbox', { name: 'ต้องเข้าร่วมครบทุกช่วงที่กำหนดว่า “ต้องเข้า”' });
    await setCheckbox(page, box, course.requireMarkedSessions);
  }
  await saveForm(page, form, /#\/training$/);
  await expect(
    page
      .getByRole('table', { name: 'หลักสูตร' })
      .getByRole('link', { name: course.titleTh, exact: true }),
  ).toBeVisible();
}

/** The controls of session row `n` (1-based), by their names. */
export function sessionRow(page: Page, n: number) {
  const name = (label: string) => `${label} ช่วงที่ ${n}`;
  return {
    day: page.getByRole('combobox', { name: name('วัน'), exact: true }),
    starts: field(page, name('เริ่ม')),
    ends: field(page, name('เลิก')),
    title: field(page, name('ชื่อหัวข้อ')),
    kind: page.getByRole('combobox', { name: name('รูปแบบ'), exact: true }),
    speaker: field(page, name('วิทยากร')),
    required: page.getByRole('checkbox', { name: name('ต้องเข้า'), exact: true }),
    remove: page.getByRole('button', { name: `ลบช่วงที่ ${n}`, exact: true }),
  };
}

/** Fills session row `n`, which must exist already. */
export async function fillSession(page: Page, n: number, session: SessionInput): Promise<void> {
  const row = sessionRow(page, n);
  await chooseByKeyboard(page, row.day, new RegExp(`^วันที่ ${session.day} \\(`));
  await typeInto(page, row.starts, session.starts);
  await typeInto(page, row.ends, session.ends);
  await typeInto(page, row.title, session.title);
  await chooseByKeyboard(page, row.kind, kindNames[session.kind ?? 'lecture']);
  await typeInto(page, row.speaker, session.speaker ?? '');
  await setCheckbox(page, row.required, session.required ?? false);
}

/** Adds a session row with the keyboard (Enter on "เพิ่มช่วง") and fills it. */
export async function addSession(page: Page, session: SessionInput): Promise<void> {
  const rows = page.getByRole('row', { name: /^ช่วงที่ \d+$/ });
  const n = (await rows.count()) + 1;
  await page.getByRole('button', { name: 'เพิ่มช่วง', exact: true }).focus();
  await page.keyboard.press('Enter');
  // The new row's day list takes the focus.
  await expect(sessionRow(page, n).day).toBeFocused();
  await fillSession(page, n, session);
}

/** Fills the round form on screen (new or edit) without saving. */
export async function fillRound(page: Page, round: RoundInput): Promise<void> {
  await searchAndPick(
    page,
    page.getByRole('combobox', { name: 'หลักสูตร', exact: true }),
    round.course,
  );
  if (round.number !== undefined) await typeNumber(page, 'รุ่นที่', round.number);
  await typeInto(page, field(page, 'วันเริ่มอบรม'), buddhistDate(round.startsOn));
  await typeInto(page, field(page, 'วันสุดท้ายของการอบรม'), buddhistDate(round.endsOn));
  await typeInto(page, field(page, 'สถานที่อบรม'), round.venue);
  if (round.seats !== undefined) await typeNumber(page, 'จำนวนที่นั่ง', round.seats);
  const provinces = page.getByRole('combobox', { name: 'จังหวัดที่เชิญ', exact: true });
  for (const name of round.provinces ?? []) await searchAndPick(page, provinces, name);
  const trainers = page.getByRole('combobox', { name: 'วิทยากร', exact: true });
  for (const name of round.trainers ?? []) {
    await trainers.focus();
    await page.keyboard.insertText(name);
    await page.keyboard.press('Enter');
  }
  if (round.signatory) {
    await typeInto(page, field(page, 'ชื่อผู้ลงนาม'), round.signatory.name);
    await typeInto(page, field(page, 'ตำแหน่งผู้ลงนาม'), round.signatory.title);
  }
  for (const session of round.sessions) await addSession(page, session);
}

const roundPage = /#\/training\/rounds\/([0-9a-f-]{36})$/;

/**
 * Adds a round from the keyboard and waits for its overview page; returns the round's id.
 * The course must exist (createCourse).
 */
export async function createRound(page: Page, round: RoundInput): Promise<string> {
  await page.goto('./#/training/rounds/new');
  const form = formNamed(page, 'เพิ่มรุ่นการอบรม');
  await expect(form).toBeVisible();
  await fillRound(page, round);
  await saveForm(page, form, roundPage);
  await expect(page.getByRole('tab', { name: 'ภาพรวม' })).toBeVisible();
  return roundPage.exec(page.url())![1]!;
}
