// The completion page of a round and the certificate pages, driven by roles and labels: override a
// verdict with its reason, issue the certificates, print them or the report to PDF, check a code.
import { expect, type Page } from '@playwright/test';
import { chooseFiles } from './files';

export type StoredCertificate = {
  number: string;
  issuedOn: string;
  issuedBy: string;
  code: string;
};

export type StoredParticipant = {
  id: string;
  number: number;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  status: string;
  certificate: StoredCertificate | null;
  completionOverride: { completed: boolean; reason: string; on: string } | null;
};

/** Loads the app once before setup, allowing a busy machine more than the setup page's 5 s. */
export async function loadAppFirst(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('heading', { name: 'ตั้งค่าการใช้งานครั้งแรก' }).waitFor({ timeout: 60_000 });
}

export async function openCompletion(page: Page, roundId: string): Promise<void> {
  await page.goto(`./#/training/rounds/${roundId}/completion`);
  await expect(page.getByRole('table', { name: 'ผลการอบรมรายบุคคล' })).toBeVisible();
}

/** The row of the completion table that holds `name`. */
export function completionRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'ผลการอบรมรายบุคคล' })
    .getByRole('row')
    .filter({ hasText: name });
}

/** Opens the override dialog of `name`, sets the verdict and the reason, and saves it. */
export async function overrideVerdict(
  page: Page,
  name: string,
  completed: boolean,
  reason: string,
): Promise<void> {
  await page.getByRole('button', { name: `ปรับผลของ ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `ปรับผลการอบรมของ ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: completed ? 'ผ่าน' : 'ไม่ผ่าน', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'เหตุผล' }).fill(reason);
  await dialog.getByRole('button', { name: 'บันทึกผล' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Presses "issue certificates" and waits until the page says `total` are issued; signing hundreds
 * on a busy machine takes a while, and the progress bar shows it is under way.
 */
export async function issueCertificates(
  page: Page,
  total: number,
  timeout = 60_000,
): Promise<void> {
  await page.getByRole('button', { name: /^ออกเกียรติบัตร \(\d+ คน\)$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^ออกเกียรติบัตรแล้ว/ })).toHaveText(
    `ออกเกียรติบัตรแล้ว ${total.toLocaleString('th-TH')} ฉบับ`,
    { timeout },
  );
}

/** Loads a print route as the host's print to PDF does, and waits for its ready signal. */
export async function openPrintRoute(page: Page, route: string): Promise<void> {
  await page.goto(`./#${route}`);
  await page.reload();
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 120_000 });
}

/** Prints the page on screen with Chromium's print to PDF (the engine of Electron's printToPDF). */
export async function savePdf(page: Page, file: string, landscape = false): Promise<void> {
  await page.pdf({
    path: file,
    format: 'A4',
    landscape,
    printBackground: true,
    preferCSSPageSize: true,
  });
}

/** The round's participants straight from IndexedDB, so that a check does not trust the screens. */
export function storedParticipants(page: Page, roundId: string): Promise<StoredParticipant[]> {
  return page.evaluate(
    (id) =>
      new Promise<StoredParticipant[]>((resolve, reject) => {
        const open = indexedDB.open('opm-centre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('participants').objectStore('participants');
          const request = store.index('roundId').getAll(id);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as (StoredParticipant & { deletedAt: string | null })[];
            resolve(rows.filter((r) => r.deletedAt === null).sort((a, b) => a.number - b.number));
          };
        };
      }),
    roundId,
  );
}

/** On the certificates' print page: holder names wider than their box, or set on more than one line. */
export function namesOutsideTheirBox(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.certificate-name')]
      .filter((name) => {
        const box = name.parentElement!.getBoundingClientRect();
        const text = name.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        const inside = text.left >= box.left - 0.5 && text.right <= box.right + 0.5;
        return !inside || text.height > lineHeight * 1.5;
      })
      .map((name) => name.textContent ?? ''),
  );
}

/** On the certificates' print page: each certificate's number and the signed code it carries. */
export function printedCodes(page: Page): Promise<{ number: string; code: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-certificate-code]')].map((sheet) => ({
      number: sheet.dataset.certificateNumber ?? '',
      code: sheet.dataset.certificateCode ?? '',
    })),
  );
}

/**
 * Sets the template on its page: the logo from a file, the heading and the wording; saves it and
 * waits for the word that it is saved. Answers the preview, which shows what will print.
 */
export async function setCertificateTemplate(
  page: Page,
  template: { logoFile: string; heading: string; wording: string },
) {
  await page.goto('./#/training/certificates/template');
  await chooseFiles(page, 'เลือกรูปโลโก้', [template.logoFile]);
  await expect(page.getByRole('img', { name: 'โลโก้' })).toBeVisible();
  await page.getByRole('textbox', { name: 'ข้อความนำ', exact: true }).fill(template.heading);
  await page.getByRole('textbox', { name: 'ข้อความ', exact: true }).fill(template.wording);
  await page.getByRole('button', { name: 'บันทึกแบบเกียรติบัตร' }).click();
  return page.getByRole('figure', { name: 'ตัวอย่างเกียรติบัตร' });
}

/** Pastes a QR text on the check page and answers the verdict's heading and text. */
export async function checkCode(page: Page, text: string): Promise<string> {
  await page.goto('./#/training/certificates/check');
  const box = page.getByRole('textbox', { name: 'ข้อความจากคิวอาร์โค้ด' });
  await box.fill(text);
  await page.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
  const verdict = page
    .getByRole('alert')
    .or(page.getByRole('status'))
    .filter({
      hasText: /เกียรติบัตรนี้/,
    });
  await expect(verdict).toBeVisible();
  return verdict.innerText();
}
