// A round of 30 seats at a centre with demo volunteers: two volunteers enrolled by search, two
// outside people by name (a wrong and a duplicate national id refused first, nothing typed lost),
// tier B volunteers of several districts by filter until the waiting list fills past the seats, a
// withdrawal that moves the first waiting up, and the sheet of cards printed to PDF and read back.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { titleByCode } from '../../shared/domain/people/titles';
import { compact, hasEmbeddedSarabun, pdfInfo, pdfText, renderPage } from './pdf';
import { expectPrinted, recordPrintFrames } from './print-frames';
import { SetupPage } from './pages/setup-page';
import { createCourse, createRound, twoDayRound } from './pages/training-rounds';
import {
  ParticipantsPage,
  storedRows,
  type PersonInput,
  type StoredVolunteer,
} from './pages/training-participants';

const COURSE = 'การพัฒนาศักยภาพ อพม. ตามมาตรฐานการปฏิบัติงาน';
const DEMO_VOLUNTEERS = 200;
const SEATS = 30;

type StoredParticipant = {
  id: string;
  roundId: string;
  number: number;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  organisationName: string;
  status: string;
};
type District = { code: string; nameTh: string; provinceCode: string };

const withDashes = (id: string) =>
  `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
const nameOf = (p: { titleCode: string; firstNameTh: string; lastNameTh: string }) =>
  `${titleByCode(p.titleCode)?.th ?? ''}${p.firstNameTh} ${p.lastNameTh}`;

/** A long name with stacked marks, to be shrunk on its card but never cut. */
const longNamed: PersonInput = {
  role: 'บุคคลภายนอก',
  title: 'นาย',
  firstName: 'วิศิษฏ์ศักดิ์สิทธิ์',
  lastName: 'ศรีสุทธิ์ภักดีวงศ์ไพบูลย์ยิ่งยืนยง',
  organisation: 'มหาวิทยาลัยนเรศวร คณะสังคมศาสตร์ ภาควิชาสังคมสงเคราะห์ศาสตร์',
  nationalId: '1-1020-12345-67-9',
};
const officer: PersonInput = {
  role: 'เจ้าหน้าที่',
  title: 'นางสาว',
  firstName: 'กัลยาณี',
  lastName: 'ปิ่นทอง',
  organisation: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก',
};

/** Districts with the most active tier B volunteers, until they hold at least `wanted`. */
function busiestDistricts(volunteers: StoredVolunteer[], wanted: number): [string[], number] {
  const counts = new Map<string, number>();
  for (const v of volunteers) {
    if (v.status !== 'active' || v.tier !== 'B') continue;
    counts.set(v.address.districtCode, (counts.get(v.address.districtCode) ?? 0) + 1);
  }
  const chosen: string[] = [];
  let total = 0;
  for (const [code, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    if (total >= wanted) break;
    chosen.push(code);
    total += count;
  }
  return [chosen, total];
}

/**
 * Reads the QR code of the first card of a sheet's page from the printed PDF: the card's area
 * (the page's 15 mm margin, 90 × 64 mm) rendered in grey at 150 dpi and decoded with jsQR.
 */
function firstCardQr(pdf: string, page: number, outBase: string): string | null {
  const px = (mm: number) => Math.round((mm * 150) / 25.4);
  const area = ['-x', px(15), '-y', px(15), '-W', px(90), '-H', px(64)].map(String);
  execFileSync(
    'pdftoppm',
    ['-gray', '-r', '150', '-f', String(page), '-l', String(page)].concat([
      '-singlefile',
      ...area,
      pdf,
      outBase,
    ]),
  );
  const pgm = readFileSync(`${outBase}.pgm`);
  // A binary PGM: "P5", width, height, the maximum value, one whitespace, then a byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

async function printCardsToPdf(page: Page, route: string, file: string): Promise<void> {
  await page.goto(`./#${route}`);
  await page.reload();
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 60_000 });
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
}

test('participants are enrolled by search, by name and by filter; the waiting list moves up; the cards print', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await new SetupPage(page).setUpCentre(DEMO_VOLUNTEERS);
  await createCourse(page, { titleTh: COURSE });
  const roundId = await createRound(page, { ...twoDayRound(COURSE), seats: SEATS });
  const participants = new ParticipantsPage(page);
  await participants.open(roundId);
  await expect(participants.summary()).toHaveText('ได้ที่นั่ง 0 / 30 ที่ · รอที่นั่ง 0 คน · ถอนตัว 0 คน');

  // By search: two volunteers (not tier B, so that the filter below does not take them again),
  // picked one after the other and enrolled together.
  const volunteers = await storedRows<StoredVolunteer>(page, 'volunteers');
  const [first, second] = volunteers.filter((v) => v.status === 'active' && v.tier !== 'B');
  await participants.enrolBySearch(
    [first!, second!].map((v) => ({
      text: `${v.firstNameTh} ${v.lastNameTh}`,
      pick: withDashes(v.nationalId),
    })),
  );
  await expect(participants.outcome()).toContainText('ลงทะเบียนได้ที่นั่ง 2 คน');
  await expect(participants.row(1)).toContainText(nameOf(first!));
  await expect(participants.row(2)).toContainText(nameOf(second!));
  await expect(participants.row(1)).toContainText('ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก');
  // Found again, the first is marked as in the round and cannot be picked.
  await participants.searchBox().fill(`${first!.firstNameTh} ${first!.lastNameTh}`);
  const again = page.getByRole('option').filter({ hasText: withDashes(first!.nationalId) });
  await expect(again).toContainText('อยู่ในรุ่นแล้ว');
  await expect(again).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // By name: a wrong check digit is named at the field, and nothing typed is lost.
  await participants.addPerson(longNamed);
  const idField = participants.personField('เลขประจำตัวประชาชน (ถ้ามี)');
  await expect(participants.personForm()).toContainText('หลักสุดท้าย (เลขตรวจสอบ) ไม่ตรง');
  await expect(participants.personField('นามสกุล')).toHaveValue(longNamed.lastName);
  await idField.fill('1-1020-12345-67-8');
  await page.keyboard.press('Enter');
  await expect(participants.personForm().getByRole('status')).toHaveText(
    `เพิ่ม นาย${longNamed.firstName} ${longNamed.lastName} เป็นผู้เข้าอบรมหมายเลข 3 แล้ว`,
  );
  // The first volunteer's id again: refused by the database, pointing to that participant.
  await participants.addPerson({ ...officer, nationalId: withDashes(first!.nationalId) });
  await expect(participants.personForm().getByRole('alert')).toContainText(
    `มีในรุ่นแล้ว: ผู้เข้าอบรมหมายเลข 1 ${nameOf(first!)}`,
  );
  await expect(participants.personField('ชื่อ')).toHaveValue(officer.firstName);
  await expect(participants.personField('หน่วยงาน')).toHaveValue(officer.organisation);
  await idField.fill('');
  await page.keyboard.press('Enter');
  await expect(participants.personForm().getByRole('status')).toContainText('หมายเลข 4 แล้ว');
  await expect(participants.row(4)).toContainText('เจ้าหน้าที่');

  // By filter: tier B of the districts that hold enough of them to pass the seats.
  const [codes, matching] = busiestDistricts(volunteers, SEATS);
  const districts = await storedRows<District>(page, 'districts');
  const names = codes.map((code) => districts.find((d) => d.code === code)!.nameTh);
  const seated = SEATS - 4;
  const waiting = matching - seated;
  expect(waiting).toBeGreaterThan(1);
  await participants.enrolByFilter(
    { tiers: ['B'], districts: names },
    `ตรงเงื่อนไข ${matching} คน · อยู่ในรุ่นแล้ว 0 คน · จะได้ที่นั่ง ${seated} คน · จะรอที่นั่ง ${waiting} คน`,
  );
  await expect(participants.outcome()).toContainText(`ลงทะเบียนได้ที่นั่ง ${seated} คน`);
  await expect(participants.outcome()).toContainText(`อยู่ในรายชื่อรอที่นั่ง ${waiting} คน`);
  await expect(participants.summary()).toHaveText(
    `ได้ที่นั่ง 30 / 30 ที่ · รอที่นั่ง ${waiting} คน · ถอนตัว 0 คน`,
  );
  await expect(participants.row(SEATS + 1)).toContainText('รอที่นั่ง ลำดับที่ 1');
  await page.screenshot({ path: testInfo.outputPath('participants-page.png'), fullPage: true });

  // A withdrawal frees a seat: the first waiting takes it at once.
  const told = await participants.withdraw(2);
  expect(told).toContain(`(หมายเลข ${SEATS + 1}) ซึ่งรอที่นั่งเป็นคนแรก จะได้ที่นั่งแทน`);
  await expect(participants.row(SEATS + 1)).toContainText('ได้ที่นั่ง');
  await expect(participants.row(SEATS + 2)).toContainText('รอที่นั่ง ลำดับที่ 1');
  await expect(participants.row(2, participants.withdrawnTable())).toContainText(nameOf(second!));
  await expect(participants.summary()).toHaveText(
    `ได้ที่นั่ง 30 / 30 ที่ · รอที่นั่ง ${waiting - 1} คน · ถอนตัว 1 คน`,
  );
  // Reinstated while the seats are full, no. 2 joins the end of the waiting list.
  await participants.reinstate(2);
  await expect(participants.row(2)).toContainText(`รอที่นั่ง ลำดับที่ ${waiting}`);

  // The print button asks the host to print the card sheet's route.
  await recordPrintFrames(page);
  await participants.printButton().click();
  await expectPrinted(
    page,
    /^บัตรผู้เข้าอบรม รุ่นที่ 1\.pdf$/,
    new RegExp(`#/print/training/${roundId}/cards$`),
  );

  // The sheet: every seated participant's card, names fitted to their boxes.
  const stored = (await storedRows<StoredParticipant>(page, 'participants')).filter(
    (p) => p.roundId === roundId,
  );
  const enrolled = stored
    .filter((p) => p.status === 'enrolled')
    .sort((a, b) => a.number - b.number);
  expect(enrolled).toHaveLength(SEATS);
  const pdf = testInfo.outputPath('participant-cards.pdf');
  await printCardsToPdf(page, `/print/training/${roundId}/cards`, pdf);
  const boxes = await page.locator('.card-name').evaluateAll((names) =>
    names.map((n) => ({
      text: n.textContent ?? '',
      fits: n.scrollWidth <= n.clientWidth + 1 && n.scrollHeight <= n.clientHeight + 1,
      sizePt: (parseFloat(getComputedStyle(n).fontSize) * 72) / 96,
    })),
  );
  expect(boxes).toHaveLength(SEATS);
  expect(boxes.filter((b) => !b.fits)).toEqual([]);
  const long = boxes.find((b) => b.text.includes(longNamed.lastName))!;
  expect(long.sizePt).toBeLessThan(18);

  const { pages, pageSizePts } = pdfInfo(pdf);
  expect(pageSizePts.map(Math.round)).toEqual([595, 842]);
  expect(pages).toBe(Math.ceil(SEATS / 8));
  expect(hasEmbeddedSarabun(pdf)).toBe(true);
  for (let n = 1; n <= pages; n++) {
    const text = pdfText(pdf, { first: n, last: n });
    const letters = compact(text);
    expect(letters).toContain(`หน้า${n}/${pages}`);
    expect(letters).toContain(compact(COURSE));
    expect(letters).toContain('รุ่นที่1');
    const numbers = new Set(text.match(/\b\d{1,3}\b/g));
    for (const p of enrolled.slice((n - 1) * 8, n * 8)) {
      expect(letters).toContain(compact(nameOf(p)));
      expect(letters).toContain(compact(p.organisationName).slice(0, 20));
      expect(numbers).toContain(String(p.number));
    }
  }
  const all = compact(pdfText(pdf));
  // Nobody waiting or withdrawn gets a card.
  for (const p of stored.filter((x) => x.status !== 'enrolled')) {
    expect(all).not.toContain(compact(nameOf(p)));
  }
  renderPage(pdf, 1, testInfo.outputPath('participant-cards-page1'), 110);
  // The QR code on a card is what the check-in desk reads: the card text of that participant.
  for (let n = 1; n <= pages; n++) {
    const firstOnPage = enrolled[(n - 1) * 8]!;
    expect(firstCardQr(pdf, n, testInfo.outputPath(`qr-page${n}`))).toBe(`OPM-P:${firstOnPage.id}`);
  }

  // One card alone, as ?ids= asks.
  const one = testInfo.outputPath('participant-card-one.pdf');
  await printCardsToPdf(page, `/print/training/${roundId}/cards?ids=${enrolled[2]!.id}`, one);
  expect(pdfInfo(one).pages).toBe(1);
  const oneText = compact(pdfText(one));
  expect(oneText).toContain(compact(nameOf(enrolled[2]!)));
  expect(oneText).not.toContain(compact(nameOf(enrolled[0]!)));
  expect(oneText).toContain('หน้า1/1');
});
