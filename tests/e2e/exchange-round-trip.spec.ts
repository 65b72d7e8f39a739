// A centre and the department, each in its own browser profile with its own keys, exchange real
// bundle files: enrolment, the department's keys, the centre's bundle, a registration, the release.
import { expect, test } from '@playwright/test';
import { NationalPage, RegistrationsPage } from './pages/department-pages';
import { chooseFiles, downloaded, newInstallation } from './pages/files';
import { SetupPage } from './pages/setup-page';

test('a centre sends its registry, the department registers a volunteer and sends the number back', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const department = await newInstallation(browser);
  const centre = await newInstallation(browser);
  await new SetupPage(department).setUpDepartment();
  await new SetupPage(centre).setUpCentre(12);

  // The department hands out its public keys; the centre checks the fingerprint and takes them.
  await department.goto('./#/exchange/keyring');
  const departmentKeys = await downloaded(department, () =>
    department.getByRole('button', { name: 'บันทึกแฟ้มกุญแจของกรมสำหรับตั้งศูนย์' }).click(),
  );
  await centre.goto('./#/exchange/keys');
  await chooseFiles(centre, 'นำเข้าแฟ้มกุญแจของกรม', [departmentKeys]);
  await expect(centre.getByText(/รหัสยืนยันของกรม: \d{4} \d{4} \d{4} \d{4}/)).toBeVisible();
  await centre.getByRole('button', { name: 'รหัสตรงกับที่กรมแจ้ง ยืนยัน' }).click();
  await expect(centre.getByRole('list', { name: 'กุญแจสาธารณะของกรม' })).toContainText('DSDW-1');

  // The centre enrols; the department compares the fingerprint and adds it to the keyring.
  const fingerprint = await centre.getByLabel('รหัสยืนยัน (อ่านให้เจ้าหน้าที่กรมฟังทางโทรศัพท์)').textContent();
  const enrolment = await downloaded(centre, () =>
    centre.getByRole('button', { name: 'บันทึกแฟ้มลงทะเบียน' }).click(),
  );
  await chooseFiles(department, 'นำเข้าแฟ้มลงทะเบียนเครื่อง', [enrolment]);
  await expect(department.getByText(`รหัสยืนยัน: ${fingerprint}`)).toBeVisible();
  await department.getByRole('button', { name: 'รหัสตรงกับที่ศูนย์อ่านให้ฟัง เพิ่มในทะเบียน' }).click();
  await expect(department.getByRole('table', { name: 'ทะเบียนกุญแจ' })).toContainText('C6501-1');

  // The centre writes its bundle for the department.
  await centre.goto('./#/exchange');
  const bundle = await downloaded(centre, () =>
    centre.getByRole('button', { name: 'เขียนแฟ้มส่งกรม' }).click(),
  );
  expect(bundle).toMatch(/C6501-1-000001-\d{8}\.opmb$/);
  await expect(centre.getByText(/ชุดที่ 1 มี 1\d ระเบียน/)).toBeVisible();

  // The department checks it, sees what it would add, and applies it.
  await department.goto('./#/exchange');
  await chooseFiles(department, 'เลือกแฟ้มชุดข้อมูล', [bundle]);
  const checked = department.getByRole('region', { name: /C6501-1-000001/ });
  await expect(checked).toContainText('ตรวจผ่าน พร้อมนำเข้า');
  await expect(checked.getByRole('row', { name: /อพม\. 12 0 0 0/ })).toBeVisible();
  await checked.getByRole('button', { name: 'นำเข้า', exact: true }).click();
  await expect(checked).toContainText('นำเข้าแล้ว');

  // Reading the same file again changes nothing, and says so.
  await chooseFiles(department, 'เลือกแฟ้มชุดข้อมูล', [bundle]);
  await expect(department.getByRole('region', { name: /C6501-1-000001/ })).toContainText(
    'นำเข้าไปแล้ว ไม่มีอะไรเปลี่ยน',
  );

  // The department registers one of the centre's volunteers.
  const registrations = new RegistrationsPage(department);
  await registrations.open();
  expect(await registrations.chooseFirstCentre()).toBe('C6501');
  const nameCell = registrations.row(1).getByRole('cell').nth(1);
  // The row shows "…" until its record is read.
  await expect(nameCell).toHaveText(/^\S+ \S+/);
  const name = (await nameCell.textContent())!.trim();
  await registrations.selectWithKeyboard(1);
  await registrations.assign(1);
  const notice = (await registrations.assignedNotice().textContent()) ?? '';
  const number = /65-\d{4}-00001/.exec(notice)?.[0];
  expect(number, notice).toBeDefined();
  const national = new NationalPage(department);
  await national.open();
  await expect(national.rowOf('C6501')).toContainText('12');

  // It writes the centre's release; the centre checks it and applies it.
  await department.goto('./#/exchange');
  await department.getByRole('combobox', { name: 'ศูนย์ที่จะเขียนถึง' }).click();
  await department.getByRole('option', { name: 'C6501' }).click();
  const release = await downloaded(department, () =>
    department.getByRole('button', { name: 'เขียนแฟ้มถึงศูนย์ที่เลือก' }).click(),
  );
  expect(release).toMatch(/DSDW-1-000001-\d{8}\.opmb$/);
  await centre.goto('./#/exchange');
  await chooseFiles(centre, 'เลือกแฟ้มชุดข้อมูล', [release]);
  const releaseResult = centre.getByRole('region', { name: /DSDW-1-000001/ });
  await expect(releaseResult.getByRole('row', { name: /การขึ้นทะเบียน 1 0 0 0/ })).toBeVisible();
  await releaseResult.getByRole('button', { name: 'นำเข้า', exact: true }).click();
  await expect(releaseResult).toContainText('นำเข้าแล้ว');

  // The number is on the volunteer's page at the centre.
  await centre.goto('./#/volunteers');
  await centre.getByRole('searchbox', { name: 'ค้นหา' }).fill(name.split(' ').at(-1)!);
  await centre.getByRole('link', { name }).first().click();
  await expect(centre.getByText(number!)).toBeVisible();

  // Both logs keep what happened.
  await centre.goto('./#/exchange/log');
  const log = centre.getByRole('table', { name: 'บันทึกการรับ–ส่งข้อมูล' });
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log).toContainText('DSDW-1');
});
