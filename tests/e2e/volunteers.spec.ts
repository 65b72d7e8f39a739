// The registry: adding by keyboard with checks as one types, refusing a duplicate id, editing with
// history, and finding people by search and filters kept in the URL.
import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';
import { VolunteerForm } from './pages/volunteer-form';

test('a volunteer is added by keyboard; a wrong and a duplicate id are refused; an edit shows in the history', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /ทะเบียน อพม./ })
    .click();
  await page.getByRole('link', { name: 'เพิ่ม อพม.' }).click();
  const form = new VolunteerForm(page);

  // A wrong check digit is named as soon as the field is left, and typing is kept.
  await form.type('เลขประจำตัวประชาชน', '1-1020-12345-67-9');
  await expect(page.getByText(/หลักสุดท้าย \(เลขตรวจสอบ\) ไม่ตรง/)).toBeVisible();
  await form.fillExample('1-1020-12345-67-9');
  await form.save();
  await expect(form.problem()).toContainText('ยังบันทึกไม่ได้');
  await expect(form.field('ชื่อ')).toHaveValue('มาลัย');
  await form.type('เลขประจำตัวประชาชน', '1-1020-12345-67-8');
  await expect(page.getByText(/หลักสุดท้าย/)).toHaveCount(0);
  // A 1200-pixel photo is kept at 600 pixels.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'เลือกรูปถ่าย' }).click();
  await (await chooser).setFiles('tests/fixtures/photos/portrait.jpg');
  await expect(page.getByRole('img', { name: 'รูปถ่ายของ มาลัย ทองประเสริฐ' })).toBeVisible();
  await form.save();

  await expect(page.getByRole('heading', { name: 'นางสาวมาลัย ทองประเสริฐ' })).toBeVisible();
  await expect(page.getByText('1-1020-12345-67-8')).toBeVisible();
  await expect(page.getByText(/21 มีนาคม 2510/)).toBeVisible();
  const photo = page.getByRole('img', { name: 'รูปถ่ายของ นางสาวมาลัย ทองประเสริฐ' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);

  // The same id again: the form warns while typing, and the save is refused, pointing to the first.
  await page.goto('./#/volunteers/new');
  await form.fillExample('1102012345678');
  await expect(page.getByRole('status').filter({ hasText: 'อาจเป็นคนเดียวกับ' })).toBeVisible();
  await form.save();
  await expect(form.problem()).toContainText('มีในทะเบียนแล้ว: มาลัย ทองประเสริฐ');
  await expect(form.field('ชื่อ')).toHaveValue('มาลัย');

  // Edit the first record and see the change in its history.
  await page
    .getByRole('link', { name: /เปิดข้อมูล/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'แก้ไข' }).click();
  await form.type('โทรศัพท์', '0899999999');
  await form.save();
  await expect(page.getByText('0899999999')).toBeVisible();
  await page.getByRole('tab', { name: 'ประวัติการแก้ไข' }).click();
  const history = page.getByRole('table', { name: 'ประวัติการแก้ไข' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').first()).toContainText('แก้ไข');
  await expect(history.getByRole('row').first()).toContainText('โทรศัพท์');
  await expect(history.getByRole('row').nth(1)).toContainText('สร้างข้อมูล');
  // The log names fields, never the values.
  await expect(history).not.toContainText('0899999999');
});

test('search as you type and filters live in the URL, and the back button returns', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre(300);
  await page.goto('./#/volunteers');
  const count = page.getByRole('status').filter({ hasText: /^พบ/ });
  await expect(count).toHaveText('พบ 300 จาก 300 คน');
  const table = page.getByRole('table', { name: 'รายชื่อ อพม.' });
  /** A count of the whole list other than `shown`: the list has been filtered anew. */
  const anotherCount = (shown: string) =>
    new RegExp(`^พบ (?!${shown.match(/พบ (\d+)/)![1]} )\\d+ จาก 300 คน$`);

  // A part of a Thai name, not its beginning: every row shown contains it.
  const search = page.getByRole('searchbox', { name: 'ค้นหา' });
  await search.fill('ประเสริฐ');
  await expect(count).toHaveText(anotherCount('พบ 300 จาก 300 คน'));
  const found = Number((await count.textContent())!.match(/พบ (\d+)/)![1]);
  expect(found).toBeGreaterThan(0);
  const names = await table.getByRole('link').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toContain('ประเสริฐ');
  expect(page.url()).toContain('q=');

  // An id typed with dashes finds its person.
  const firstName = names[0]!;
  await table.getByRole('link', { name: firstName }).first().click();
  const id = (await page
    .getByText(/^\d-\d{4}-\d{5}-\d{2}-\d$/)
    .first()
    .textContent())!;
  await page.goBack();
  await search.fill(id);
  await expect(count).toHaveText(/^พบ [1-9]/);
  await expect(table.getByRole('link').first()).toHaveText(firstName);

  // Filters: status and tier, kept in the URL; back returns to the earlier view.
  await search.fill('');
  await expect(count).toHaveText('พบ 300 จาก 300 คน');
  await page.getByRole('combobox', { name: 'สถานภาพ' }).click();
  await page.getByRole('option', { name: 'ปฏิบัติงาน', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(count).toHaveText(anotherCount('พบ 300 จาก 300 คน'));
  const activeOnly = (await count.textContent())!;
  expect(page.url()).toContain('status=active');
  await page.getByRole('combobox', { name: 'ระดับคุณภาพ' }).click();
  await page.getByRole('option', { name: 'A', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(count).toHaveText(anotherCount(activeOnly));
  expect(page.url()).toMatch(/tier=A/);
  const statuses = await table
    .getByRole('row')
    .locator('[role=cell]:nth-child(6)')
    .allTextContents();
  for (const s of statuses.filter(Boolean)) expect(s).toBe('ปฏิบัติงาน');

  await page.reload();
  await expect(count).toHaveText(anotherCount(activeOnly));
  await page.goBack();
  await expect(count).toHaveText(activeOnly);

  // Sorting by id puts the ids in order.
  await page.getByRole('button', { name: 'เรียงตาม เลขประจำตัวประชาชน' }).click();
  expect(page.url()).toContain('sort=nationalId');
  const idCells = table.getByRole('row').locator('[role=cell]:nth-child(3)');
  await expect
    .poll(async () => {
      const shown = (await idCells.allTextContents()).filter(Boolean);
      return shown.length > 1 && shown.join() === [...shown].sort().join();
    })
    .toBe(true);
});

test('a selection changes status together, is undone, and prints on its own', async ({ page }) => {
  await new SetupPage(page).setUpCentre(60);
  await page.goto('./#/volunteers?status=active');
  const count = page.getByRole('status').filter({ hasText: /^พบ/ });
  await expect(count).toHaveText(/^พบ \d+ จาก 60 คน$/);
  const before = await count.textContent();
  const table = page.getByRole('table', { name: 'รายชื่อ อพม.' });
  const names = (await table.getByRole('link').allTextContents()).slice(0, 3);
  for (const name of names) await page.getByRole('checkbox', { name: `เลือก ${name}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'เลือกไว้ 3 คน' });
  await expect(toolbar).toBeVisible();

  await toolbar.getByRole('combobox', { name: 'เปลี่ยนสถานภาพ' }).click();
  await page.getByRole('option', { name: 'พักการปฏิบัติงาน' }).click();
  await toolbar.getByRole('textbox', { name: 'เหตุผล' }).fill('ย้ายไปต่างจังหวัดชั่วคราว');
  await toolbar.getByRole('button', { name: 'บันทึกกับ 3 คน' }).click();
  await expect(page.getByText('เปลี่ยนข้อมูล 3 คนแล้ว')).toBeVisible();
  await expect(count).not.toHaveText(before!);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(count).toHaveText(before!);

  // The same three, printed on their own.
  for (const name of names) await page.getByRole('checkbox', { name: `เลือก ${name}` }).check();
  await page.getByRole('toolbar').getByRole('button', { name: 'พิมพ์' }).click();
  await page.goto('./#/print/volunteers?status=active&selection=1');
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
  const printed = page.locator('tbody tr');
  await expect(printed).toHaveCount(3);
  for (const name of names) await expect(page.locator('tbody')).toContainText(name);
});

test('the registry stays as it was while another screen shows: filter, selection and place in the list', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre(300);
  await page.goto('./#/volunteers?status=active');
  const count = page.getByRole('status').filter({ hasText: /^พบ/ });
  await expect(count).toHaveText(/^พบ \d+ จาก 300 คน$/);
  const activeOnly = (await count.textContent())!;
  const table = page.getByRole('table', { name: 'รายชื่อ อพม.' });
  const body = table.getByRole('rowgroup').nth(1);
  await body.evaluate((element) => (element.scrollTop = 4000));
  const row = table.locator('[role=row][aria-rowindex="105"]');
  await expect(row.getByRole('link')).toBeInViewport();
  const name = (await row.getByRole('link').textContent())!;
  await row.getByRole('checkbox').check();

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText(name);
  await page.goBack();
  await expect(count).toHaveText(activeOnly);
  await expect(row.getByRole('link')).toHaveText(name);
  await expect(row.getByRole('link')).toBeInViewport();
  await expect(row.getByRole('checkbox')).toBeChecked();
  expect(await body.evaluate((element) => element.scrollTop)).toBe(4000);

  // The menu opens the whole registry, from its top.
  await new Shell(page).goTo('ทะเบียน อพม.');
  await expect(count).toHaveText('พบ 300 จาก 300 คน');
  expect(await body.evaluate((element) => element.scrollTop)).toBe(0);
});
