// The department keeps the register of organisations: adds a centre by keyboard, is refused a code
// already given, changes a name, retires a centre, and cannot retire one whose volunteers it holds;
// a centre reads the register and is told that the department keeps it.
import { expect, test } from '@playwright/test';
import { OrganisationsPage } from './pages/organisations-page';
import { SetupPage } from './pages/setup-page';

test('a centre is added, a duplicate code refused, its English name changed, and it is retired', async ({
  page,
}) => {
  await new SetupPage(page).setUpDepartment();
  const register = new OrganisationsPage(page);
  await register.openFromExchange();
  await expect(page.getByText('ยังไม่มีหน่วยงานในทะเบียน')).toBeVisible();

  // Province and serial make the code as they are chosen; the names are offered from the province.
  await register.chooseProvince('พิษณุโลก');
  await expect(register.codeLine()).toHaveText('รหัสศูนย์: C6501');
  await register.serial().fill('2');
  await expect(register.codeLine()).toHaveText('รหัสศูนย์: C6502');
  await expect(register.nameTh()).toHaveValue(/จังหวัดพิษณุโลก แห่งที่ 2$/);
  await register.serial().fill('1');
  await expect(register.nameEn()).toHaveValue('Phitsanulok Volunteer Coordination Centre');
  await register.nameTh().fill('ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก');
  await register.saveWithKeyboard();
  await expect(page.getByText('เพิ่ม C6501 ในทะเบียนแล้ว')).toBeVisible();

  const row = register.rowOf('C6501');
  await expect(row.getByRole('cell')).toHaveText([
    'C6501',
    'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
    'Phitsanulok Volunteer Coordination Centre',
    'พิษณุโลก',
    '0',
    /แก้ไข C6501/,
  ]);
  await expect(register.count()).toHaveText('1 หน่วยงาน');
  // The form is empty again, ready for the next centre.
  await expect(register.codeLine()).toHaveText('รหัสศูนย์: —');

  // The same code again is refused, saying which code, and what was typed stays.
  await register.chooseProvince('พิษณุโลก');
  await register.nameTh().fill('ศูนย์ซ้ำ');
  await page.getByRole('button', { name: 'บันทึก' }).click();
  await expect(register.failure()).toContainText('รหัส C6501 มีในทะเบียนแล้ว');
  await expect(register.nameTh()).toHaveValue('ศูนย์ซ้ำ');
  await expect(register.table().getByRole('row')).toHaveCount(1 + 1);

  // Editing changes the names only; the code is the record's own.
  await row.getByRole('button', { name: 'แก้ไข C6501' }).click();
  await expect(page.getByRole('heading', { name: 'แก้ไขชื่อ C6501' })).toBeVisible();
  await expect(register.nameTh()).toBeFocused();
  await register.nameEn().fill('Phitsanulok Centre');
  await register.saveWithKeyboard();
  await expect(page.getByText('บันทึกชื่อของ C6501 แล้ว')).toBeVisible();
  await expect(row.getByRole('cell').nth(2)).toHaveText('Phitsanulok Centre');
  await expect(page.getByRole('heading', { name: 'เพิ่มศูนย์ประสานงาน' })).toBeVisible();

  // Retiring asks first; a retired centre leaves the list and can be shown and restored.
  await row.getByRole('button', { name: 'เลิกใช้ C6501' }).click();
  await expect(register.retireDialog()).toContainText(
    'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก จะหายจากทะเบียน',
  );
  await register.retireDialog().getByRole('button', { name: 'ยืนยันการเลิกใช้' }).click();
  await expect(page.getByText('เลิกใช้ C6501 แล้ว')).toBeVisible();
  await expect(register.rowOf('C6501')).toHaveCount(0);
  await expect(page.getByText('ยังไม่มีหน่วยงานในทะเบียน')).toBeVisible();
  await page.getByRole('switch', { name: 'แสดงหน่วยงานที่เลิกใช้แล้ว' }).check();
  await expect(register.rowOf('C6501')).toContainText('เลิกใช้แล้ว');
  await register.rowOf('C6501').getByRole('button', { name: 'นำ C6501 กลับมาใช้' }).click();
  await expect(register.rowOf('C6501').getByRole('button', { name: 'เลิกใช้ C6501' })).toBeVisible();
});

test('a centre whose volunteers the department holds is not retired, and the count is said', async ({
  page,
}) => {
  // 300 demo volunteers over the department's 20 demo centres: 15 a centre.
  await new SetupPage(page).setUpDepartment(300);
  const register = new OrganisationsPage(page);
  await register.open();
  await expect(register.count()).toHaveText('20 หน่วยงาน');
  const first = register.table().getByRole('row').nth(1);
  const code = (await first.getByRole('cell').first().textContent())!;
  await expect(first.getByRole('cell').nth(4)).toHaveText('15');

  // Sorted by code, and filtered by a province of the register.
  const codes = await register.table().getByRole('row').locator('td:first-child').allTextContents();
  expect(codes).toEqual([...codes].sort());
  const province = (await first.getByRole('cell').nth(3).textContent())!;
  await register.filterByProvince(province);
  await expect(register.table().getByRole('row').nth(1).getByRole('cell').first()).toHaveText(code);
  await expect(page).toHaveURL(/province=\d\d/);

  await first.getByRole('button', { name: `เลิกใช้ ${code}` }).click();
  await register.retireDialog().getByRole('button', { name: 'ยืนยันการเลิกใช้' }).click();
  await expect(register.retireDialog().getByRole('alert')).toContainText(
    `เลิกใช้ ${code} ไม่ได้ เพราะยังมี อพม. 15 คน`,
  );
  await register.retireDialog().getByRole('button', { name: 'ไม่เลิกใช้' }).click();
  await expect(register.rowOf(code)).toBeVisible();
});

test('a centre reads the register without a form and is told the department keeps it', async ({
  page,
}) => {
  await new SetupPage(page).setUpCentre();
  const register = new OrganisationsPage(page);
  await register.open();
  await expect(page.getByText(/ทะเบียนหน่วยงานดูแลโดยกรมพัฒนาสังคมและสวัสดิการ/)).toContainText('C6501');
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^แก้ไข|^เลิกใช้/ })).toHaveCount(0);
});
