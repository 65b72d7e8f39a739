// Check-in at the door of a round of demo volunteers: by national id, by card text as a scanner types
// it (also with Thai input on), by number and by name; "already checked in", undo, late and left
// early, the missing list shrinking; then the session's sign-in sheet printed to PDF and read back.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { titleByCode } from '../../shared/domain/people/titles';
import { compact, hasEmbeddedSarabun, pdfInfo, pdfText, renderPage } from './pdf';
import { expectPrinted, recordPrintFrames } from './print-frames';
import { SetupPage } from './pages/setup-page';
import { createCourse, createRound, twoDayRound } from './pages/training-rounds';
import { CheckInPage, withDashes, type StoredParticipant } from './pages/training-check-in';
import { ParticipantsPage } from './pages/training-participants';

const COURSE = 'การพัฒนาศักยภาพ อพม. ตามมาตรฐานการปฏิบัติงาน';
const A4_PTS = [595, 842];
/** An outside person whose name and organisation are longer than their cells on the sheet. */
const LONG = {
  firstName: 'ประภัสสรพรรณ',
  lastName: 'ศรีสุวรรณวงศ์ไพบูลย์เจริญกิจพาณิชย์',
  organisation: 'องค์การบริหารส่วนตำบลบ้านใหม่เจริญสุขสันต์วัฒนา อำเภอวังทอง จังหวัดพิษณุโลก (กองสวัสดิการสังคม)',
};

/** The Kedmanee characters of the keys a card's text uses: what a scanner types with Thai input on. */
const kedmanee: Record<string, string> = {
  O: 'ฯ',
  P: 'ญ',
  M: '?',
  '-': 'ข',
  ':': 'ซ',
  '0': 'จ',
  '1': 'ๅ',
  '2': '/',
  '3': '-',
  '4': 'ภ',
  '5': 'ถ',
  '6': 'ุ',
  '7': 'ึ',
  '8': 'ค',
  '9': 'ต',
  a: 'ฟ',
  b: 'ิ',
  c: 'แ',
  d: 'ก',
  e: 'ำ',
  f: 'ด',
};
const inKedmanee = (text: string) => [...text].map((ch) => kedmanee[ch] ?? ch).join('');

const nameOf = (p: StoredParticipant) =>
  `${titleByCode(p.titleCode)?.th ?? p.titleCode}${p.firstNameTh} ${p.lastNameTh}`;

/** The PDF's text in the order it was drawn: a name on two lines comes back as its two lines. */
function drawnText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

type CellCheck = { fitted: number; overflowing: string[]; shrunk: string[] };

/**
 * The fitted texts (names, organisations) as laid out: how many, those reaching outside their
 * cell's content box, and those drawn smaller than the rest to fit.
 */
function checkCells(page: Page): Promise<CellCheck> {
  return page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('[data-fit]')];
    const sizes = spans.map((span) => parseFloat(getComputedStyle(span).fontSize));
    const largest = Math.max(...sizes);
    const isInside = (span: HTMLElement) => {
      const cell = span.parentElement!;
      const style = getComputedStyle(cell);
      const box = cell.getBoundingClientRect();
      const text = span.getBoundingClientRect();
      const within = (a: number, b: number) => a <= b + 0.5;
      return (
        within(box.left + parseFloat(style.paddingLeft), text.left) &&
        within(text.right, box.right - parseFloat(style.paddingRight)) &&
        within(box.top + parseFloat(style.paddingTop), text.top) &&
        within(text.bottom, box.bottom - parseFloat(style.paddingBottom))
      );
    };
    return {
      fitted: spans.length,
      overflowing: spans.filter((span) => !isInside(span)).map((span) => span.textContent ?? ''),
      shrunk: spans.filter((_, i) => sizes[i]! < largest).map((span) => span.textContent ?? ''),
    };
  });
}

/** Prints a route to a PDF file, after checking that every fitted cell's text is inside its cell. */
async function printToPdf(page: Page, route: string, file: string): Promise<CellCheck> {
  await page.goto(`./#${route}`);
  await page.reload();
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 60_000 });
  const cells = await checkCells(page);
  expect(cells.fitted).toBeGreaterThan(0);
  expect(cells.overflowing).toEqual([]);
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return cells;
}

test('a trainer checks a round in at the door and prints its sign-in sheets', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await new SetupPage(page).setUpCentre(40);
  await createCourse(page, { titleTh: COURSE });
  const roundId = await createRound(page, { ...twoDayRound(COURSE), seats: 60 });
  // Every active volunteer of the province, a person from outside with a very long name and
  // organisation, and one more who then withdraws.
  const enrolment = new ParticipantsPage(page);
  await enrolment.open(roundId);
  await enrolment.enrolByFilter({ tiers: [], districts: [] });
  await expect(enrolment.outcome()).toContainText('ลงทะเบียนได้ที่นั่ง');
  await enrolment.addPerson({
    firstName: LONG.firstName,
    lastName: LONG.lastName,
    organisation: LONG.organisation,
  });
  await expect(enrolment.table()).toContainText(LONG.firstName, { timeout: 20_000 });
  await enrolment.addPerson({
    title: 'นาย',
    firstName: 'สมปอง',
    lastName: 'ถอนตัวแล้ว',
    organisation: 'อบต.วังทอง',
  });
  await expect(enrolment.table()).toContainText('สมปอง', { timeout: 20_000 });

  const door = new CheckInPage(page);
  const stored = await door.stored(roundId);
  const sessions = [...stored.sessions].sort((a, b) =>
    a.on === b.on ? a.starts.localeCompare(b.starts) : a.on.localeCompare(b.on),
  );
  const participants = stored.participants;
  const leaving = participants.find((p) => p.firstNameTh === 'สมปอง')!;
  await enrolment.withdraw(leaving.number);
  await door.open(roundId);
  const enrolled = participants.filter((p) => p.status === 'enrolled' && p !== leaving);
  const withIds = enrolled.filter((p) => p.nationalId !== '');
  expect(withIds.length).toBeGreaterThan(8);
  const total = enrolled.length;
  // The round starts in two weeks: the door offers its first session.
  await expect(door.sessionPicker()).toHaveValue(new RegExp(sessions[0]!.titleTh));
  await door.expectPresentCount(0, total);

  // By national id, typed with dashes as printed on the ID card.
  const [byId, byCard, byThaiCard, byNumber, byName, fromMissing] = withIds;
  await door.scan(withDashes(byId!.nationalId));
  await door.expectCheckedIn(byId!.number, nameOf(byId!));
  await door.expectPresentCount(1, total);

  // By the card's QR text, as a USB scanner types it; then with Thai input switched on.
  await door.scan(`OPM-P:${byCard!.id}`);
  await door.expectCheckedIn(byCard!.number, nameOf(byCard!));
  await door.scan(inKedmanee(`OPM-P:${byThaiCard!.id}`));
  await door.expectCheckedIn(byThaiCard!.number, nameOf(byThaiCard!));

  // By number, and by name picked from the choices with the arrow keys.
  await door.scan(String(byNumber!.number));
  await door.expectCheckedIn(byNumber!.number, nameOf(byNumber!));
  await door.pickByName(`${byName!.firstNameTh} ${byName!.lastNameTh}`, nameOf(byName!));
  await door.expectCheckedIn(byName!.number, nameOf(byName!));
  await door.expectPresentCount(5, total);
  await expect(door.input()).toHaveValue('');

  // The same person again: amber, saying when; an unknown number: red. Neither adds a mark.
  await door.scan(byId!.nationalId);
  await expect(door.alert()).toContainText('ลงทะเบียนไปแล้ว');
  await expect(door.alert()).toContainText(/เมื่อ \d\d:\d\d น\./);
  await page.screenshot({ path: testInfo.outputPath('check-in-already.png') });
  await door.scan(String(leaving.number));
  await expect(door.alert()).toContainText('ลงทะเบียนไม่ได้');
  await expect(door.alert()).toContainText('ถอนตัวจากการอบรมรุ่นนี้แล้ว');
  await page.keyboard.press('Escape');
  await door.scan('99999');
  await expect(door.alert()).toContainText('ไม่มีผู้เข้าอบรมเลขที่ 99999 ในรุ่นนี้');
  await door.expectPresentCount(5, total);
  // What was not found stays in the input, selected, to be corrected or typed over; Escape clears it.
  await expect(door.input()).toHaveValue('99999');
  await page.keyboard.press('Escape');

  // Ctrl+Z on the empty input undoes the last check-in (the one by name).
  await expect(door.input()).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(door.status()).toContainText('ยกเลิกการลงทะเบียนแล้ว');
  await expect(door.status()).toContainText(nameOf(byName!));
  await door.expectPresentCount(4, total);
  await expect(door.missingPerson(byName!.number, nameOf(byName!))).toBeVisible();

  // Late and left early, set on the rows; the next scan still reaches the input.
  await door.lateBox(nameOf(byCard!)).click();
  await door.leftEarlyBox(nameOf(byThaiCard!)).click();
  await expect(door.counts()).toContainText('สาย 1');
  await expect(door.counts()).toContainText('กลับก่อน 1');
  await page.keyboard.type(String(byName!.number));
  await page.keyboard.press('Enter');
  await door.expectCheckedIn(byName!.number, nameOf(byName!));

  // A click on a missing person checks them in; the missing list shrinks.
  await door.missingPerson(fromMissing!.number, nameOf(fromMissing!)).click();
  await door.expectCheckedIn(fromMissing!.number, nameOf(fromMissing!));
  await door.expectPresentCount(6, total);
  await expect(door.missingPerson(fromMissing!.number, nameOf(fromMissing!))).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('check-in-door.png'), fullPage: true });

  // Undo on a row, then the same person checked in again: one mark, live again.
  await door.undoRow(nameOf(byNumber!)).click();
  await door.expectPresentCount(5, total);
  await door.scan(withDashes(byNumber!.nationalId));
  await door.expectCheckedIn(byNumber!.number, nameOf(byNumber!));
  await door.expectPresentCount(6, total);

  // What was set stays after a reload.
  await page.reload();
  await expect(door.lateBox(nameOf(byCard!))).toBeChecked();
  await expect(door.leftEarlyBox(nameOf(byThaiCard!))).toBeChecked();
  await expect(door.lateBox(nameOf(byId!))).not.toBeChecked();
  await door.expectPresentCount(6, total);
  // The print buttons hand the sheet's route to the host's print to PDF (in a browser, a frame).
  await recordPrintFrames(page);
  await door.printSessionButton().click();
  await expectPrinted(
    page,
    /^ใบลงชื่อ-รุ่นที่1-/,
    new RegExp(`#/print/training/${roundId}/sign-in\\?session=${sessions[0]!.id}$`),
  );
  await door.printAllButton().click();
  await expectPrinted(
    page,
    /^ใบลงชื่อ-รุ่นที่1\.pdf$/,
    new RegExp(`#/print/training/${roundId}/sign-in$`),
  );

  // The first session's sign-in sheet: A4, Sarabun, every enrolled person, numbered pages.
  const sheet = testInfo.outputPath('sign-in-session.pdf');
  const cells = await printToPdf(
    page,
    `/print/training/${roundId}/sign-in?session=${sessions[0]!.id}`,
    sheet,
  );
  // Two cells (name, organisation) per person; the long ones drawn smaller, not cut.
  expect(cells.fitted).toBe(enrolled.length * 2);
  expect(cells.shrunk).toEqual(
    expect.arrayContaining([`${LONG.firstName} ${LONG.lastName}`, LONG.organisation]),
  );
  const { pages, pageSizePts } = pdfInfo(sheet);
  expect(pageSizePts.map(Math.round)).toEqual(A4_PTS);
  expect(hasEmbeddedSarabun(sheet)).toBe(true);
  const text = compact(pdfText(sheet));
  const drawn = compact(drawnText(sheet));
  expect(text).toContain(compact('ใบลงชื่อผู้เข้าอบรม'));
  expect(text).toContain(compact(`${COURSE} รุ่นที่ 1`));
  expect(text).toContain(compact(sessions[0]!.titleTh));
  expect(text).toMatch(/พ\.ศ\.25\d\d/);
  // Every enrolled person, whole, with their organisation; the long ones shrunk, not cut.
  for (const p of enrolled) {
    expect(drawn).toContain(compact(`${nameOf(p)}${p.organisationName}`));
  }
  expect(drawn).toContain(compact(`${LONG.firstName} ${LONG.lastName}${LONG.organisation}`));
  for (let n = 1; n <= pages; n++) {
    expect(compact(pdfText(sheet, { first: n, last: n }))).toContain(`หน้า${n}/${pages}`);
  }
  for (let n = 1; n <= pages; n++) {
    renderPage(sheet, n, testInfo.outputPath(`sign-in-page${n}`), 100);
  }

  // Every session's sheets in one file: each session starts its own count of pages.
  const all = testInfo.outputPath('sign-in-all.pdf');
  await printToPdf(page, `/print/training/${roundId}/sign-in`, all);
  expect(pdfInfo(all).pages).toBe(pages * sessions.length);
  const allText = compact(pdfText(all));
  for (const session of sessions) expect(allText).toContain(compact(session.titleTh));
  expect(allText.split(`หน้า1/${pages}`).length - 1).toBe(sessions.length);
});
