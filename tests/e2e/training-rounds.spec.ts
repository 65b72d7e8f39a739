// Courses and rounds by keyboard: a course, a round of four sessions over two days, a wrong date
// refused with its message and nothing typed lost, an edit, and the round on the front page.
import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import {
  addSession,
  buddhistDate,
  createCourse,
  createRound,
  field,
  fillRound,
  formNamed,
  saveForm,
  sessionRow,
  twoDayRound,
  typeInto,
} from './pages/training-rounds';

// Each test fills long forms step by step; on a busy two-core machine that takes over a minute.
test.describe.configure({ timeout: 150_000 });

const course = {
  titleTh: 'การพัฒนาศักยภาพ อพม. ตามมาตรฐานการปฏิบัติงาน',
  titleEn: 'Building volunteers’ capacity to the practice standard',
  purpose: 'ให้ อพม. ปฏิบัติงานได้ตามมาตรฐาน',
  indicators: ['1.1', '3.1', '3.10'],
  minPercent: 75,
  requireMarkedSessions: true,
};

test('a course and a two-day round are made by keyboard and listed on the front page', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre();
  await createCourse(page, course);
  const courses = page.getByRole('table', { name: 'หลักสูตร' });
  await expect(courses).toContainText('1.1, 3.1, 3.10');
  await expect(courses).toContainText('เข้าร่วมอย่างน้อยร้อยละ 75 และครบทุกช่วงที่กำหนด');

  const round = { ...twoDayRound(course.titleTh), provinces: ['พิจิตร'] };
  const roundId = await createRound(page, round);

  // The overview: the heading, the programme by day, the counts.
  await expect(page.getByRole('heading', { name: `${course.titleTh} รุ่นที่ 1` })).toBeVisible();
  const details = page.getByRole('group', { name: 'รายละเอียด' });
  await expect(details).toContainText(round.venue);
  await expect(details).toContainText('พิษณุโลก, พิจิตร');
  await expect(details).toContainText('นายสมชาย ใจงาม');
  const day1 = page.getByRole('table', { name: /^วันที่ 1:/ });
  const day2 = page.getByRole('table', { name: /^วันที่ 2:/ });
  await expect(day1.getByRole('row')).toHaveCount(3);
  await expect(day2.getByRole('row')).toHaveCount(3);
  await expect(day1).toContainText('09:00–10:30');
  await expect(day1).toContainText('ต้องเข้า');
  await expect(day2).toContainText('ศึกษาดูงาน');

  // The front page lists it among the rounds to come, with Buddhist-era dates and seats.
  await page.getByRole('navigation').getByRole('link', { name: 'การอบรม' }).click();
  const upcoming = page.getByRole('table', { name: 'รุ่นที่กำลังจะจัดและกำลังจัด' });
  const row = upcoming.getByRole('row').filter({ hasText: round.venue });
  await expect(row).toContainText(`${course.titleTh} รุ่นที่ 1`);
  await expect(row).toContainText(String(Number(round.startsOn.slice(0, 4)) + 543));
  await expect(row).toContainText('0/40');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/training/rounds/${roundId}$`));

  // The next round of the course is offered number 2.
  await page.goto('./#/training/rounds/new');
  await fillRound(page, { ...twoDayRound(course.titleTh, 30), sessions: [] });
  await expect(field(page, 'รุ่นที่')).toHaveValue('2');
});

test('a wrong date is refused with its message and nothing typed is lost; an edit is saved', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre();
  await createCourse(page, { titleTh: course.titleTh });
  await page.goto('./#/training/rounds/new');
  const form = formNamed(page, 'เพิ่มรุ่นการอบรม');
  const round = twoDayRound(course.titleTh);
  await fillRound(page, round);

  // The last day typed before the first: refused, said where, and everything stays.
  const dayBefore = buddhistDate(twoDayRound(course.titleTh, 13).startsOn);
  await field(page, 'วันสุดท้ายของการอบรม').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(dayBefore);
  await page.keyboard.press('Tab');
  await expect(saveForm(page, form, /#\/training\/rounds\/[0-9a-f-]{36}$/)).rejects.toThrow(
    /วันสุดท้าย .* มาก่อนวันเริ่มอบรม/,
  );
  await expect(form.getByRole('alert')).toContainText('มาก่อนวันเริ่มอบรม');
  await expect(field(page, 'สถานที่อบรม')).toHaveValue(round.venue);
  await expect(field(page, 'วันสุดท้ายของการอบรม')).toHaveValue(dayBefore);
  for (const [i, session] of round.sessions.entries()) {
    await expect(sessionRow(page, i + 1).title).toHaveValue(session.title);
    await expect(sessionRow(page, i + 1).ends).toHaveValue(session.ends);
  }

  // Two sessions of one day that overlap are named by their rows.
  await typeInto(page, field(page, 'วันสุดท้ายของการอบรม'), buddhistDate(round.endsOn));
  await typeInto(page, sessionRow(page, 2).starts, '10.00');
  await expect(sessionRow(page, 2).starts).toHaveValue('10:00');
  await expect(saveForm(page, form, /#\/training\/rounds\/[0-9a-f-]{36}$/)).rejects.toThrow(
    /ช่วงที่ 2 \(10:00–12:00 น\.\) ทับเวลากับช่วงที่ 1/,
  );
  await typeInto(page, sessionRow(page, 2).starts, '10:45');
  await saveForm(page, form, /#\/training\/rounds\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `${course.titleTh} รุ่นที่ 1` })).toBeVisible();

  // Edit: another venue and a session retitled, seen on the overview.
  await page.getByRole('link', { name: 'แก้ไขรุ่น' }).click();
  const edit = formNamed(page, 'แก้ไขรุ่นการอบรม');
  await expect(edit).toBeVisible();
  await typeInto(page, field(page, 'สถานที่อบรม'), 'ศาลากลางจังหวัดพิษณุโลก');
  await typeInto(page, sessionRow(page, 4).title, 'ศึกษาดูงานศูนย์ One Home');
  // A row added and removed again from the keyboard; the focus goes back to "add".
  await addSession(page, { day: 2, starts: '16:00', ends: '17:00', title: 'สรุปบทเรียน' });
  await sessionRow(page, 5).remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /^ช่วงที่ \d+$/ })).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'เพิ่มช่วง' })).toBeFocused();
  await saveForm(page, edit, /#\/training\/rounds\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('group', { name: 'รายละเอียด' })).toContainText('ศาลากลางจังหวัดพิษณุโลก');
  await expect(page.getByRole('table', { name: /^วันที่ 2:/ })).toContainText('ศึกษาดูงานศูนย์ One Home');
});
