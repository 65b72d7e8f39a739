// A centre with demo data prints its volunteer list and one record sheet to PDF through Chromium's
// print to PDF (the engine of Electron's printToPDF), and the PDFs are read back with poppler.
import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatThaiId } from '../../shared/domain/people/thai-id';
import { titleByCode } from '../../shared/domain/people/titles';
import { compact, hasEmbeddedSarabun, pdfInfo, pdfText, renderPage } from './pdf';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';

const CENTRE = 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก';
const LIST_TITLE = 'ทะเบียนอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)';
const RECORD_TITLE = 'ประวัติอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)';
const DEMO_VOLUNTEERS = 120;
const A4_PTS = [595, 842];

type StoredVolunteer = {
  id: string;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  nationalId: string;
};

async function setUpCentreWithDemoData(page: Page): Promise<void> {
  await new SetupPage(page).setUpCentre(DEMO_VOLUNTEERS);
  await expect(page.getByRole('heading', { name: `ยินดีต้อนรับ ${CENTRE}` })).toBeVisible();
}

/** The active volunteers straight from IndexedDB, so that the check does not trust the print page. */
function activeVolunteers(page: Page): Promise<StoredVolunteer[]> {
  return page.evaluate(
    () =>
      new Promise<StoredVolunteer[]>((resolve, reject) => {
        const open = indexedDB.open('opm-centre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('volunteers').objectStore('volunteers').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as (StoredVolunteer & {
              status: string;
              deletedAt: string | null;
            })[];
            resolve(rows.filter((r) => r.status === 'active' && r.deletedAt === null));
          };
        };
      }),
  );
}

async function printToPdf(page: Page, route: string, file: string): Promise<void> {
  await page.goto(`./#${route}`);
  await page.reload();
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
}

function expectA4(file: string): void {
  const [width, height] = pdfInfo(file).pageSizePts;
  expect(Math.round(width)).toBe(A4_PTS[0]);
  expect(Math.round(height)).toBe(A4_PTS[1]);
}

test('the volunteer list and a record sheet print to A4 PDFs in Sarabun with page numbers', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await setUpCentreWithDemoData(page);
  const active = await activeVolunteers(page);
  expect(active.length).toBeGreaterThan(30);
  const thaiNameOf = (v: StoredVolunteer) =>
    `${titleByCode(v.titleCode)?.th ?? ''}${v.firstNameTh} ${v.lastNameTh}`;
  const volunteer = active[0]!;
  const thaiName = thaiNameOf(volunteer);
  mkdirSync('tests/e2e/output', { recursive: true });

  // The list, as the list screen's print button asks for it.
  const listPdf = testInfo.outputPath('volunteer-list.pdf');
  await printToPdf(page, '/print/volunteers?status=active', listPdf);
  expectA4(listPdf);
  const { pages } = pdfInfo(listPdf);
  expect(pages).toBeGreaterThan(1);
  const listText = compact(pdfText(listPdf));
  expect(listText).toContain(compact(CENTRE));
  expect(listText).toContain(compact(LIST_TITLE));
  expect(listText).toMatch(/พิมพ์เมื่อ\d{1,2}\S+25\d\d/);
  expect(listText).toContain(compact(`จำนวน ${active.length.toLocaleString('th-TH')} คน`));
  // Every active volunteer of the database, by name and national id, and no one else's id.
  for (const v of active) {
    // A long name wraps in its cell, and -layout then sets the surname after the row's other cells.
    expect(listText).toContain(compact(`${titleByCode(v.titleCode)?.th ?? ''}${v.firstNameTh}`));
    expect(listText).toContain(compact(v.lastNameTh));
    expect(listText).toContain(formatThaiId(v.nationalId));
  }
  expect(listText.match(/\d-\d{4}-\d{5}-\d{2}-\d/g)).toHaveLength(active.length);
  // Every sheet of paper carries its own number and the right total: no page block overflowed.
  for (let n = 1; n <= pages; n++) {
    expect(compact(pdfText(listPdf, { first: n, last: n }))).toContain(`หน้า${n}/${pages}`);
  }
  expect(hasEmbeddedSarabun(listPdf)).toBe(true);
  const listPng = renderPage(listPdf, 1, testInfo.outputPath('volunteer-list-page1'));
  copyFileSync(listPng, 'tests/e2e/output/volunteer-list-page1.png');

  // One volunteer's record sheet: one page.
  const recordPdf = testInfo.outputPath('volunteer-record.pdf');
  await printToPdf(page, `/print/volunteer/${volunteer.id}`, recordPdf);
  expectA4(recordPdf);
  expect(pdfInfo(recordPdf).pages).toBe(1);
  const recordText = compact(pdfText(recordPdf));
  expect(recordText).toContain(compact(CENTRE));
  expect(recordText).toContain(compact(RECORD_TITLE));
  expect(recordText).toContain(compact(thaiName));
  expect(recordText).toContain(formatThaiId(volunteer.nationalId));
  expect(recordText).toContain('หน้า1/1');
  expect(hasEmbeddedSarabun(recordPdf)).toBe(true);
  const recordPng = renderPage(recordPdf, 1, testInfo.outputPath('volunteer-record'));
  copyFileSync(recordPng, 'tests/e2e/output/volunteer-record.png');
});

test('the list prints with English labels when the app is in English', async ({
  page,
}, testInfo) => {
  await setUpCentreWithDemoData(page);
  await new Shell(page).switchLanguage('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const pdf = testInfo.outputPath('volunteer-list-en.pdf');
  await printToPdf(page, '/print/volunteers', pdf);
  const { pages } = pdfInfo(pdf);
  const text = compact(pdfText(pdf));
  expect(text).toContain(
    compact('Register of Social Development and Human Security Volunteers (OPM)'),
  );
  expect(text).toContain(
    compact(`All volunteers · ${DEMO_VOLUNTEERS.toLocaleString('en')} people`),
  );
  expect(text).toMatch(/Printedon\d{1,2}[A-Za-z]+25\d\dBE/);
  expect(text).toContain(`Page1/${pages}`);
  expect(hasEmbeddedSarabun(pdf)).toBe(true);
});
