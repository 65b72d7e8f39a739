// A training round from start to end, as a centre runs one: a round over two days, 30 volunteers of
// the registry and 2 people from outside enrolled, checked in at the door by national id, by the
// card's QR text and by name, one check-in undone, completion computed, sign-in sheets and
// certificates printed and read back, and the round on a volunteer's page.
import { expect, test } from '@playwright/test';
import { titleByCode } from '../../shared/domain/people/titles';
import { compact, hasEmbeddedSarabun, pdfInfo, pdfText, renderPage } from './pdf';
import { SetupPage } from './pages/setup-page';
import {
  loadAppFirst,
  namesOutsideTheirBox,
  openCompletion,
  openPrintRoute,
  savePdf,
  storedParticipants,
  issueCertificates,
} from './pages/training-certificates';
import { CheckInPage, withDashes } from './pages/training-check-in';
import { ParticipantsPage, storedRows } from './pages/training-participants';
import { createCourse, createRound, twoDayRound } from './pages/training-rounds';

const COURSE = 'การพัฒนาศักยภาพ อพม. ด้านการคุ้มครองเด็กและผู้สูงอายุ';

type Participant = {
  id: string;
  roundId: string;
  number: number;
  volunteerId: string | null;
  nationalId: string;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
};

const nameOf = (p: { titleCode: string; firstNameTh: string; lastNameTh: string }) =>
  `${titleByCode(p.titleCode)?.th ?? p.titleCode}${p.firstNameTh} ${p.lastNameTh}`;

test('a centre runs a round: enrolment, check-in at the door, completion, sheets and certificates', async ({
  page,
}, testInfo) => {
  test.setTimeout(480_000);
  await loadAppFirst(page);
  await new SetupPage(page).setUpCentre(36);
  // Two of four sessions attended complete the course.
  await createCourse(page, { titleTh: COURSE, minPercent: 50 });
  const roundId = await createRound(page, twoDayRound(COURSE));

  // The active volunteers of the registry by filter (setup's demo data for 36 holds 30 active), then
  // two people from outside by name.
  const volunteers = await storedRows<{ status: string }>(page, 'volunteers');
  expect(volunteers.filter((v) => v.status === 'active')).toHaveLength(30);
  const enrolment = new ParticipantsPage(page);
  await enrolment.open(roundId);
  await enrolment.enrolByFilter({ tiers: [], districts: [] });
  await expect(enrolment.summary()).toContainText('ได้ที่นั่ง 30 / 40');
  await enrolment.addPerson({
    title: 'นาง',
    firstName: 'บุญเรือน',
    lastName: 'ศรีประเสริฐวัฒนากุล',
    organisation: 'องค์การบริหารส่วนตำบลบ้านกร่าง',
  });
  await expect(enrolment.table()).toContainText('บุญเรือน', { timeout: 20_000 });
  await enrolment.addPerson({
    title: 'นาย',
    firstName: 'ธนพล',
    lastName: 'มั่นคง',
    organisation: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก',
  });
  await expect(enrolment.table()).toContainText('ธนพล', { timeout: 20_000 });
  await expect(enrolment.summary()).toContainText('ได้ที่นั่ง 32 / 40');

  const door = new CheckInPage(page);
  const { sessions } = await door.stored(roundId);
  const participants = (await storedRows<Participant>(page, 'participants'))
    .filter((p) => p.roundId === roundId)
    .sort((a, b) => a.number - b.number);
  expect(participants.filter((p) => p.volunteerId !== null)).toHaveLength(30);
  expect(participants.filter((p) => p.volunteerId === null)).toHaveLength(2);
  const inOrder = [...sessions].sort((a, b) =>
    a.on === b.on ? a.starts.localeCompare(b.starts) : a.on.localeCompare(b.on),
  );
  const [byId, byCard, byName] = participants.filter((p) => p.nationalId !== '');
  const outsider = participants.find((p) => p.firstNameTh === 'บุญเรือน')!;
  const dropped = participants.find((p) => p.firstNameTh === 'ธนพล')!;

  // The first two sessions, each by national id (with dashes), the card's QR text and by name.
  for (const session of inOrder.slice(0, 2)) {
    await door.open(roundId, session.id);
    await door.scan(withDashes(byId!.nationalId));
    await door.expectCheckedIn(byId!.number, nameOf(byId!));
    await door.scan(`OPM-P:${byCard!.id}`);
    await door.expectCheckedIn(byCard!.number, nameOf(byCard!));
    await door.pickByName(byName!.firstNameTh, nameOf(byName!));
    await door.expectCheckedIn(byName!.number, nameOf(byName!));
    await door.pickByName('บุญเรือน', nameOf(outsider));
    await door.expectCheckedIn(outsider.number, nameOf(outsider));
    await door.scan(`OPM-P:${dropped.id}`);
    await door.expectCheckedIn(dropped.number, nameOf(dropped));
    await door.expectPresentCount(5, 32);
  }
  // The last check-in was a mistake: undone, so he attended one session only.
  await door.undoLastButton().click();
  await expect(door.status()).toContainText('ยกเลิกการลงทะเบียนแล้ว');
  await door.expectPresentCount(4, 32);

  // Completion: four of the five reached two sessions; the fifth did not.
  await openCompletion(page, roundId);
  await issueCertificates(page, 4);
  const stored = await storedParticipants(page, roundId);
  const certified = stored.filter((p) => p.certificate !== null);
  expect(certified.map((p) => p.id).sort()).toEqual(
    [byId!.id, byCard!.id, byName!.id, outsider.id].sort(),
  );

  // Every session's sign-in sheets in one file: everyone enrolled, with a box to sign.
  await openPrintRoute(page, `/print/training/${roundId}/sign-in`);
  const sheets = testInfo.outputPath('sign-in.pdf');
  await savePdf(page, sheets);
  expect(hasEmbeddedSarabun(sheets)).toBe(true);
  const sheetText = compact(pdfText(sheets));
  for (const p of participants) expect(sheetText).toContain(compact(nameOf(p)));
  expect(pdfInfo(sheets).pages).toBeGreaterThanOrEqual(4);
  renderPage(sheets, 1, testInfo.outputPath('sign-in-page1'), 100);

  // The certificates: one landscape page each, every name inside its box, numbers printed.
  await openPrintRoute(page, `/print/training/${roundId}/certificates`);
  expect(await namesOutsideTheirBox(page)).toEqual([]);
  const certificates = testInfo.outputPath('certificates.pdf');
  await savePdf(page, certificates, true);
  const { pages, pageSizePts } = pdfInfo(certificates);
  expect(pages).toBe(4);
  expect(pageSizePts[0]).toBeGreaterThan(pageSizePts[1]);
  expect(hasEmbeddedSarabun(certificates)).toBe(true);
  const certificateText = compact(pdfText(certificates));
  for (const p of certified) expect(certificateText).toContain(compact(nameOf(p)));
  for (const p of certified) expect(certificateText).toContain(compact(p.certificate!.number));
  renderPage(certificates, 1, testInfo.outputPath('certificate-page1'), 100);

  // The volunteer's page shows the round, completed.
  await page.goto(`./#/volunteers/${byId!.volunteerId}`);
  await page.getByRole('tab', { name: 'ประวัติการปฏิบัติงาน' }).click();
  const service = page.getByRole('tabpanel');
  await expect(service).toContainText(COURSE);
  await expect(service).toContainText('รุ่นที่ 1');
  await expect(service).toContainText('ผ่าน');
});
