// A centre imports its spreadsheet: the bad rows are named with their reasons, the good ones are
// written; the registry is exported and imported into a fresh centre with nothing lost or changed.
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ImportPage } from './pages/import-page';
import { SetupPage } from './pages/setup-page';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));

/** The live volunteers' own fields, by national id, read straight from IndexedDB. */
function registry(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('opm-centre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('volunteers').objectStore('volunteers').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = (request.result as Record<string, unknown>[]).map((v) => {
              // The exchange stamps differ between installations by design; the person must not.
              const {
                id: _id,
                vv: _vv,
                updatedAt: _u,
                updatedBy: _b,
                lc: _lc,
                ix: _ix,
                ...own
              } = v;
              return own;
            });
            rows.sort((a, b) => String(a.nationalId).localeCompare(String(b.nationalId)));
            open.result.close();
            resolve(rows);
          };
        };
      }),
  );
}

test('imports the good rows of a mixed spreadsheet, names the bad ones, and round-trips through export', async ({
  page,
  browser,
}, testInfo) => {
  await new SetupPage(page).setUpCentre();
  const importPage = new ImportPage(page);
  await importPage.open();
  await importPage.upload(fixture('volunteers-mixed.xlsx'));

  await expect(importPage.summary()).toContainText('ทั้งหมด 13 แถว');
  await expect(importPage.summary()).toContainText('ถูกต้อง 8 รายการ');
  await expect(importPage.summary()).toContainText('ไม่ผ่าน 5 แถว');
  const problems = importPage.problemRows();
  await expect(problems.filter({ hasText: /^10เลขประจำตัวประชาชน.*เลขตรวจสอบ/ })).toHaveCount(1);
  await expect(problems.filter({ hasText: /^11วันเกิด.*31\/2\/2510/ })).toHaveCount(1);
  await expect(problems.filter({ hasText: /^12นามสกุล/ })).toHaveCount(1);
  await expect(problems.filter({ hasText: /^13ตำบล.*ไม่พบตำบล/ })).toHaveCount(1);
  await expect(problems.filter({ hasText: /^14เลขประจำตัวประชาชน.*ซ้ำกับแถวที่ 2/ })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'คอลัมน์ "เลขประจำตัวประชาชน" ใช้เป็น' })).toHaveValue(
    'เลขประจำตัวประชาชน',
  );

  await importPage.importValid(8);
  const imported = await registry(page);
  expect(imported).toHaveLength(8);
  expect(imported.every((v) => v.owner === 'C6501')).toBe(true);

  // The same file again: every good row is now in the registry and is refused with its name.
  await importPage.upload(fixture('volunteers-mixed.csv'));
  await expect(importPage.summary()).toContainText('ถูกต้อง 0 รายการ');
  await expect(importPage.problemRows().filter({ hasText: /มีในทะเบียนแล้ว: สมศรี ใจดี/ })).toHaveCount(
    1,
  );

  for (const format of ['xlsx', 'csv'] as const) {
    const download = await importPage.export(format);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^อพม-25\\d\\d-\\d\\d-\\d\\d\\.${format}$`),
    );
    const saved = testInfo.outputPath(`export.${format}`);
    await download.saveAs(saved);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await new SetupPage(fresh).setUpCentre();
    const freshImport = new ImportPage(fresh);
    await freshImport.open();
    await freshImport.upload(saved);
    await expect(freshImport.summary()).toContainText('ถูกต้อง 8 รายการ');
    await expect(freshImport.summary()).toContainText('ไม่ผ่าน 0 แถว');
    await freshImport.importValid(8);
    expect(await registry(fresh)).toEqual(imported);
    await context.close();
  }
});
