// Completion and certificates of a round: participants checked in per session, a verdict changed
// with its reason, certificates issued and printed to an A4 landscape PDF read back with poppler
// (names, numbers, the QR code decoded from the page image), a code checked valid and, altered,
// refused; the round's report printed and exported; and 550 certificates printed to one PDF.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { titleByCode } from '../../shared/domain/people/titles';
import { readXlsx } from '../../shared/spreadsheet/xlsx';
import { compact, hasEmbeddedSarabun, pdfInfo, pdfText, renderPage } from './pdf';
import { downloaded } from './pages/files';
import { SetupPage } from './pages/setup-page';
import {
  checkCode,
  completionRow,
  issueCertificates,
  loadAppFirst,
  namesOutsideTheirBox,
  openCompletion,
  openPrintRoute,
  overrideVerdict,
  printedCodes,
  savePdf,
  setCertificateTemplate,
  storedParticipants,
  type StoredParticipant,
} from './pages/training-certificates';
import { CheckInPage, withDashes } from './pages/training-check-in';
import { ParticipantsPage, storedRows, type StoredVolunteer } from './pages/training-participants';
import { createCourse, createRound, twoDayRound } from './pages/training-rounds';

const COURSE = 'การพัฒนาศักยภาพ อพม. ด้านการจัดการรายกรณี';
const A4_LANDSCAPE_PTS = [842, 595];
const REASON = 'ป่วยครึ่งวันแรก มีใบรับรองแพทย์';
const LOGO = fileURLToPath(new URL('../../build/icon.png', import.meta.url));
const HEADING = 'ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า';
/** An outside person whose name is longer than the certificate's name box at full size. */
const LONG = {
  title: 'นาง',
  firstName: 'ประภัสสรพรรณ',
  lastName: 'ศรีสุวรรณวงศ์ไพบูลย์เจริญกิจพาณิชย์ณอยุธยา',
  organisation: 'องค์การบริหารส่วนตำบลบ้านใหม่',
};

const nameOf = (p: Pick<StoredParticipant, 'titleCode' | 'firstNameTh' | 'lastNameTh'>) =>
  `${titleByCode(p.titleCode)?.th ?? ''}${p.firstNameTh} ${p.lastNameTh}`;

/** The PDF's text in the order it was drawn: a name wrapped in its cell comes back whole. */
function drawnText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Decodes the QR code printed on one page of a PDF, from the page rendered at 200 dpi. */
function qrTextOfPage(file: string, page: number, outBase: string): string | null {
  execFileSync('pdftoppm', [
    '-r',
    '200',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-singlefile',
    file,
    outBase,
  ]);
  const ppm = readFileSync(`${outBase}.ppm`);
  // Binary PPM: "P6", width, height, max value, each followed by one whitespace, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

/** The code with one character of its signature changed. */
function alterOneCharacter(code: string): string {
  const at = code.indexOf('.') + 30;
  return `${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`;
}

test('a round is completed, a verdict changed with its reason, certificates printed and checked', async ({
  page,
}, testInfo) => {
  test.setTimeout(420_000);
  await loadAppFirst(page);
  await new SetupPage(page).setUpCentre(20);
  await createCourse(page, { titleTh: COURSE, minPercent: 75 });
  const roundId = await createRound(page, twoDayRound(COURSE));

  // One volunteer from the registry and four people from outside it.
  const volunteer = (await storedRows<StoredVolunteer>(page, 'volunteers')).find(
    (v) => v.status === 'active' && v.nationalId,
  )!;
  const enrolment = new ParticipantsPage(page);
  await enrolment.open(roundId);
  await enrolment.enrolBySearch([
    {
      text: `${volunteer.firstNameTh} ${volunteer.lastNameTh}`,
      pick: withDashes(volunteer.nationalId),
    },
  ]);
  await expect(enrolment.table()).toContainText(volunteer.firstNameTh, { timeout: 20_000 });
  const outsiders = [
    { title: 'นางสาว', firstName: 'กิ่งแก้ว', lastName: 'ศรีสุข', organisation: 'อบต.วังทอง' },
    LONG,
    { title: 'นาย', firstName: 'บุญมี', lastName: 'มีสุข', organisation: 'อบต.บ้านกร่าง' },
    { title: 'นาย', firstName: 'สมปอง', lastName: 'ขาดเรียน', organisation: 'อบต.ท่าทอง' },
  ];
  for (const person of outsiders) {
    await enrolment.addPerson(person);
    await expect(enrolment.table()).toContainText(person.lastName, { timeout: 20_000 });
  }

  // Check-in per session by the card's QR text: the volunteer and the long name come to all four,
  // กิ่งแก้ว to three (75 %, enough), บุญมี to one, สมปอง to two (50 %).
  const door = new CheckInPage(page);
  const { participants, sessions } = await door.stored(roundId);
  const sessionsInOrder = [...sessions].sort((a, b) =>
    a.on === b.on ? a.starts.localeCompare(b.starts) : a.on.localeCompare(b.on),
  );
  const byFirstName = (first: string) => participants.find((p) => p.firstNameTh === first)!;
  const [holder, kingkaew, long, boonmee, sompong] = [
    volunteer.firstNameTh,
    'กิ่งแก้ว',
    LONG.firstName,
    'บุญมี',
    'สมปอง',
  ].map(byFirstName);
  const attendance = [
    [holder, kingkaew, long, boonmee, sompong],
    [holder, kingkaew, long, sompong],
    [holder, kingkaew, long],
    [holder, long],
  ];
  for (const [s, present] of attendance.entries()) {
    await door.open(roundId, sessionsInOrder[s]!.id);
    for (const person of present) {
      await door.scan(`OPM-P:${person!.id}`);
      await door.expectCheckedIn(person!.number, nameOf(person!));
    }
  }

  // Completion: computed from the marks by the course's rule.
  await openCompletion(page, roundId);
  const summary = page.getByRole('group', { name: 'สรุปผลการอบรม' });
  await expect(summary).toContainText('ลงทะเบียน 5 คน ผ่านการอบรม 3 คน (ร้อยละ 60)');
  await expect(completionRow(page, nameOf(kingkaew!))).toContainText('3/475ผ่าน');
  await expect(completionRow(page, nameOf(boonmee!))).toContainText('1/425ไม่ผ่าน');
  await expect(completionRow(page, nameOf(sompong!))).toContainText('2/450ไม่ผ่าน');

  // A changed verdict needs a reason; with one, it stands, and the reason is shown.
  await page.getByRole('button', { name: `ปรับผลของ ${nameOf(boonmee!)}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `ปรับผลการอบรมของ ${nameOf(boonmee!)}` });
  await dialog.getByRole('button', { name: 'บันทึกผล' }).click();
  await expect(dialog).toContainText('ยังไม่ได้ระบุเหตุผลที่เปลี่ยนผลการผ่านการอบรม');
  await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
  await overrideVerdict(page, nameOf(boonmee!), true, REASON);
  await expect(completionRow(page, nameOf(boonmee!))).toContainText(`ผ่านปรับผลเมื่อ`);
  await expect(completionRow(page, nameOf(boonmee!))).toContainText(REASON);
  await expect(summary).toContainText('ผ่านการอบรม 4 คน (ร้อยละ 80)');
  await expect(
    page.getByRole('table', { name: 'ตารางการเข้าร่วมรายช่วง' }).getByRole('row'),
  ).toHaveText([/^วันที่/, /5\s*0\s*0\s*0$/, /4\s*0\s*0\s*1$/, /3\s*0\s*0\s*2$/, /2\s*0\s*0\s*3$/]);
  await page.screenshot({ path: testInfo.outputPath('completion.png'), fullPage: true });

  // Certificates for the four who completed, numbered by this installation and year.
  await issueCertificates(page, 4);
  const stored = await storedParticipants(page, roundId);
  const certified = stored.filter((p) => p.certificate !== null);
  expect(certified.map((p) => p.firstNameTh).sort()).toEqual(
    [holder, kingkaew, long, boonmee].map((p) => p!.firstNameTh).sort(),
  );
  const year = new Date().getFullYear() + 543;
  expect(certified.map((p) => p.certificate!.number).sort()).toEqual(
    [1, 2, 3, 4].map((n) => `C6501-1/${year}/000${n}`),
  );
  expect(stored.find((p) => p.id === boonmee!.id)!.completionOverride?.reason).toBe(REASON);

  // The centre's template: its logo and heading; a placeholder it does not know is refused.
  const preview = await setCertificateTemplate(page, {
    logoFile: LOGO,
    heading: HEADING,
    wording: 'ได้ผ่านการอบรม {cours}',
  });
  await expect(page.getByText('ข้อความเกียรติบัตรมี {cours} ซึ่งไม่ใช่ช่องแทนค่า')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'ข้อความ', exact: true })
    .fill('ได้ผ่านการอบรมหลักสูตร {course} รุ่นที่ {round} ระหว่างวันที่ {dates} ณ {venue}');
  await page.getByRole('button', { name: 'บันทึกแบบเกียรติบัตร' }).click();
  await expect(page.getByText('บันทึกแบบเกียรติบัตรแล้ว')).toBeVisible();
  await expect(preview).toContainText(HEADING);
  await page.screenshot({ path: testInfo.outputPath('template.png'), fullPage: true });

  // Printed: one A4 landscape page each, Sarabun, every holder's name whole in its box.
  const pdf = testInfo.outputPath('certificates.pdf');
  await openPrintRoute(page, `/print/training/${roundId}/certificates`);
  expect(await namesOutsideTheirBox(page)).toEqual([]);
  const onPages = await printedCodes(page);
  await savePdf(page, pdf, true);
  const { pages, pageSizePts } = pdfInfo(pdf);
  expect(pages).toBe(4);
  expect(pageSizePts.map(Math.round)).toEqual(A4_LANDSCAPE_PTS);
  expect(hasEmbeddedSarabun(pdf)).toBe(true);
  for (const [i, sheet] of onPages.entries()) {
    const person = certified.find((p) => p.certificate!.number === sheet.number)!;
    expect(sheet.code).toBe(person.certificate!.code);
    const text = compact(pdfText(pdf, { first: i + 1, last: i + 1 }));
    expect(text).toContain(compact(nameOf(person)));
    expect(text).toContain(compact(`เลขที่ ${person.certificate!.number}`));
    expect(text).toContain(compact('ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก'));
    expect(text).toContain(compact(`หลักสูตร ${COURSE} รุ่นที่ 1`));
    expect(text).toContain(compact(HEADING));
    expect(text).toContain(compact('(นายสมชาย ใจงาม)'));
    expect(text).toMatch(/ให้ไว้ณวันที่\d{1,2}\S+พ\.ศ\.25\d\d/);
  }
  expect(compact(pdfText(pdf))).not.toContain(compact(sompong!.lastNameTh));
  // The logo: one image on each page.
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => /^\s*\d+\s+\d+\s+image/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  expect([...new Set(images)]).toEqual([1, 2, 3, 4]);
  mkdirSync('tests/e2e/output', { recursive: true });
  // Every page rendered, to be looked at: Thai marks in place, the long name whole in its box.
  for (let n = 1; n <= pages; n++) {
    const png = renderPage(pdf, n, testInfo.outputPath(`certificate-${n}`), 100);
    copyFileSync(png, `tests/e2e/output/certificate-${n}.png`);
  }

  // The QR code on paper holds the signed code: read from the page image, checked valid here.
  const first = onPages[0]!;
  const scanned = qrTextOfPage(pdf, 1, testInfo.outputPath('certificate-qr'));
  expect(scanned).toBe(first.code);
  const firstHolder = certified.find((p) => p.certificate!.number === first.number)!;
  const verdict = await checkCode(page, scanned!);
  expect(verdict).toContain('เกียรติบัตรนี้ถูกต้อง');
  await expect(page.getByText(nameOf(firstHolder), { exact: true })).toBeVisible();
  await expect(page.getByText(first.number, { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('check-valid.png'), fullPage: true });
  // One character changed: refused, and the page says why.
  const refused = await checkCode(page, alterOneCharacter(scanned!));
  expect(refused).toContain('เกียรติบัตรนี้ใช้ไม่ได้');
  expect(refused).toContain('ลายมือชื่ออิเล็กทรอนิกส์ไม่ตรงกับข้อมูล');

  // The round's report: A4 portrait, the three tables, the reason of the changed verdict.
  const report = testInfo.outputPath('report.pdf');
  await openPrintRoute(page, `/print/training/${roundId}/report`);
  await savePdf(page, report);
  const reportText = compact(drawnText(report));
  expect(reportText).toContain(compact('รายงานผลการอบรม'));
  expect(reportText).toContain(compact('การเข้าร่วมรายช่วง'));
  expect(reportText).toContain(compact('ผลการอบรมรายจังหวัด'));
  for (const person of [holder, kingkaew, boonmee, sompong]) {
    expect(reportText).toContain(compact(nameOf(person!)));
  }
  expect(reportText).toContain(compact(REASON));
  const reportPages = pdfInfo(report).pages;
  expect(compact(pdfText(report, { first: reportPages, last: reportPages }))).toContain(
    `หน้า${reportPages}/${reportPages}`,
  );
  copyFileSync(
    renderPage(report, 1, testInfo.outputPath('report-page1')),
    'tests/e2e/output/training-report-page1.png',
  );

  // The report as a spreadsheet, with Thai headers.
  await openCompletion(page, roundId);
  const xlsx = await downloaded(page, () =>
    page.getByRole('button', { name: 'ส่งออกรายงานเป็น Excel' }).click(),
  );
  const sheet = await readXlsx(new Uint8Array(readFileSync(xlsx)));
  expect(sheet.headers.slice(0, 4)).toEqual(['ลำดับ', 'ชื่อ–นามสกุล', 'หน่วยงาน', 'จังหวัด']);
  expect(sheet.rows).toHaveLength(5);
  expect(sheet.rows.map((row) => row[1])).toContain(nameOf(long!));
});

test('550 certificates print to one PDF, a page each', async ({ page }, testInfo) => {
  test.setTimeout(900_000);
  await loadAppFirst(page);
  await new SetupPage(page).setUpCentre(700);
  // Every session optional and no share required: everyone enrolled completes.
  await createCourse(page, { titleTh: COURSE, minPercent: 0 });
  const roundId = await createRound(page, { ...twoDayRound(COURSE), seats: 550 });
  const enrolment = new ParticipantsPage(page);
  await enrolment.open(roundId);
  await enrolment.enrolByFilter({ tiers: [], districts: [] });
  await expect(enrolment.summary()).toContainText('ได้ที่นั่ง 550 / 550', { timeout: 120_000 });

  let started = Date.now();
  await page.goto(`./#/training/rounds/${roundId}/completion`);
  const summary = page.getByRole('group', { name: 'สรุปผลการอบรม' });
  await expect(summary).toContainText('ลงทะเบียน 550 คน ผ่านการอบรม 550 คน', { timeout: 60_000 });
  testInfo.annotations.push({
    type: 'completion page, 550',
    description: `${Date.now() - started} ms`,
  });

  started = Date.now();
  await expect(page.getByRole('progressbar', { name: 'กำลังลงนามเกียรติบัตร' })).toHaveCount(0);
  await issueCertificates(page, 550, 300_000);
  testInfo.annotations.push({ type: 'issue 550', description: `${Date.now() - started} ms` });

  started = Date.now();
  await openPrintRoute(page, `/print/training/${roundId}/certificates`);
  testInfo.annotations.push({
    type: 'print page ready, 550',
    description: `${Date.now() - started} ms`,
  });
  expect(await namesOutsideTheirBox(page)).toEqual([]);
  const pdf = testInfo.outputPath('certificates-550.pdf');
  started = Date.now();
  await savePdf(page, pdf, true);
  testInfo.annotations.push({
    type: 'print to PDF, 550',
    description: `${Date.now() - started} ms`,
  });

  const { pages, pageSizePts } = pdfInfo(pdf);
  expect(pages).toBe(550);
  expect(pageSizePts.map(Math.round)).toEqual(A4_LANDSCAPE_PTS);
  const year = new Date().getFullYear() + 543;
  const stored = await storedParticipants(page, roundId);
  const numbered = stored.filter((p) => p.certificate).sort((a, b) => a.number - b.number);
  expect(numbered).toHaveLength(550);
  for (const n of [1, 275, 550]) {
    const person = numbered[n - 1]!;
    const text = compact(pdfText(pdf, { first: n, last: n }));
    expect(text).toContain(compact(nameOf(person)));
    expect(text).toContain(compact(person.certificate!.number));
  }
  expect(numbered.map((p) => p.certificate!.number)).toContain(`C6501-1/${year}/0550`);
  for (const note of testInfo.annotations) console.log(`${note.type}: ${note.description}`);
});
