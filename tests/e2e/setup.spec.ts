// A new user sets the app up in Thai, switches to English, reloads, and finds everything kept.
import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';

test('a new centre completes setup in Thai, switches to English, and the setup survives a reload', async ({
  page,
}, testInfo) => {
  const setup = new SetupPage(page);
  await setup.open();
  await setup.chooseProvince('พิษณุโลก');
  await expect(page.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveValue(
    'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
  );
  await setup.setCentreNumber(1);
  await setup.setInstallationNumber(2);
  await expect(page.getByText('รหัสเครื่อง: C6501-2')).toBeVisible();
  await setup.submit();

  await expect(
    page.getByRole('heading', { name: 'ยินดีต้อนรับ ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก' }),
  ).toBeVisible();
  await expect(page.getByText('เครื่องนี้: C6501-2')).toBeVisible();
  // Today's date in the Buddhist era.
  await expect(page.getByText(/วันนี้ \d{1,2} \S+ 25\d\d/)).toBeVisible();

  const shell = new Shell(page);
  await shell.switchLanguage('English');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await expect(page.getByText('This computer: C6501-2')).toBeVisible();
  await expect(page.getByText(/Today is \d{1,2} \S+ 25\d\d BE/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('home-en.png'), fullPage: true });
  await page.screenshot({ path: 'tests/e2e/output/home-en.png', fullPage: true });
});

test('setup refuses to start without a province and says why', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();
  await setup.submit();
  await expect(page.getByText('กรุณาเลือกจังหวัด')).toBeVisible();
  await expect(page.getByText('กรุณากรอกชื่อหน่วยงาน')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ตั้งค่าการใช้งานครั้งแรก' })).toBeVisible();
});

test('the department sets up with demo data and sees the national picture', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();
  await page.getByRole('radio', { name: 'กรมพัฒนาสังคมและสวัสดิการ (พส.)' }).check();
  await setup.withDemoData(300);
  await setup.submit();
  await expect(page.getByRole('heading', { name: /ยินดีต้อนรับ กรมพัฒนาสังคมและสวัสดิการ/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('group', { name: 'อพม. ในทะเบียน' })).toContainText('300');
  await expect(page.getByRole('figure', { name: /อพม. แยกตามสถานะ/ })).toBeVisible();
});
