// The department gives registration numbers to a centre's volunteers, held as copies of that
// centre's records, and finds them on the volunteer's page and in the national picture.
import { expect, test } from '@playwright/test';
import { NationalPage, RegistrationsPage } from './pages/department-pages';
import { SetupPage } from './pages/setup-page';

// 300 demo volunteers over the department's 20 demo centres: 15 a centre.
const DEMO = 300;
const A_CENTRE = 15;

test('numbers are given in two batches that follow on, show on the volunteer page and in the national picture', async ({
  page,
}) => {
  await new SetupPage(page).setUpDepartment(DEMO);
  const registrations = new RegistrationsPage(page);
  await registrations.open();
  const centre = await registrations.chooseFirstCentre();
  const province = centre.slice(1, 3);
  await expect(registrations.status()).toHaveText(`ยังไม่ขึ้นทะเบียน ${A_CENTRE} คน`);

  // Two volunteers chosen with the keyboard.
  const firstLink = registrations.row(1).getByRole('link');
  const volunteerPage = await firstLink.getAttribute('href');
  await registrations.selectWithKeyboard(1);
  await registrations.selectWithKeyboard(2);
  await registrations.assign(2);
  const firstBatch = registrations.assignedNotice();
  await expect(firstBatch).toContainText(
    new RegExp(`ให้เลขทะเบียนแล้ว 2 คน: ${province}-(25\\d\\d)-00001 ถึง ${province}-\\1-00002`),
  );
  const year = /-(25\d\d)-/.exec((await firstBatch.textContent()) ?? '')![1];
  await expect(registrations.status()).toHaveText(`ยังไม่ขึ้นทะเบียน ${A_CENTRE - 2} คน`);

  // The rest: the numbers follow on from the first batch.
  await registrations.selectAll();
  await registrations.assign(A_CENTRE - 2);
  await expect(
    page.getByRole('alert').filter({ hasText: `ให้เลขทะเบียนแล้ว ${A_CENTRE - 2} คน` }),
  ).toContainText(`${province}-${year}-00003 ถึง ${province}-${year}-000${A_CENTRE}`);
  await expect(registrations.status()).toHaveText('อพม. ทุกคนของศูนย์นี้ขึ้นทะเบียนแล้ว');

  // The first volunteer chosen got the first number; the page shows it read-only.
  await page.goto(`./${volunteerPage}`);
  await expect(page.getByRole('group', { name: 'การขึ้นทะเบียนกับ พส.' })).toContainText(
    `เลขทะเบียน ${province}-${year}-00001`,
  );
  await expect(page.getByText(`ข้อมูลนี้เป็นของหน่วยงาน ${centre}`)).toBeVisible();

  const national = new NationalPage(page);
  await national.open();
  const cells = national.cellsOf(centre);
  await expect(cells.nth(3)).toHaveText(String(A_CENTRE));
  await expect(cells.nth(4)).toHaveText(String(A_CENTRE));
  // One row for each of the 20 demo centres, not one for the department itself.
  await expect(national.table().getByRole('row')).toHaveCount(20 + 1);
  await expect(page.getByRole('figure', { name: /อพม. แยกตามจังหวัด/ })).toBeVisible();
});

test('an assignment is undone from its notification, and its numbers are not given again', async ({
  page,
}) => {
  await new SetupPage(page).setUpDepartment(DEMO);
  const registrations = new RegistrationsPage(page);
  await registrations.open();
  const centre = await registrations.chooseFirstCentre();
  const province = centre.slice(1, 3);
  await registrations.selectAll();
  await registrations.assign(A_CENTRE);
  await expect(registrations.status()).toHaveText('อพม. ทุกคนของศูนย์นี้ขึ้นทะเบียนแล้ว');
  await registrations.assignedNotice().getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(page.getByText('ยกเลิกเลขทะเบียนชุดนี้แล้ว')).toBeVisible();
  await expect(registrations.status()).toHaveText(`ยังไม่ขึ้นทะเบียน ${A_CENTRE} คน`);

  await registrations.selectWithKeyboard(1);
  await registrations.assign(1);
  await expect(registrations.assignedNotice()).toContainText(
    new RegExp(`ให้เลขทะเบียนแล้ว 1 คน: ${province}-25\\d\\d-000${A_CENTRE + 1}`),
  );
});
