// The first-run setup screen, driven by roles and labels.
import { expect, type Page } from '@playwright/test';

export class SetupPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: 'ตั้งค่าการใช้งานครั้งแรก' })).toBeVisible();
  }

  async chooseProvince(name: string): Promise<void> {
    const province = this.page.getByRole('combobox', { name: 'จังหวัดที่ตั้งศูนย์' });
    await province.click();
    await province.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async setCentreNumber(serial: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'ลำดับศูนย์ในจังหวัด' }).fill(String(serial));
  }

  async setInstallationNumber(number: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'หมายเลขเครื่อง' }).fill(String(number));
  }

  async withDemoData(count: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'ใส่ข้อมูลตัวอย่างเพื่อทดลองใช้' }).check();
    await this.page.getByRole('textbox', { name: 'จำนวน อพม. ตัวอย่าง' }).fill(String(count));
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'เริ่มใช้งาน' }).click();
  }

  /**
   * Sets up department installation 1 with `demo` demo volunteers, which the department holds as
   * copies owned by 20 demo centres, and waits until home counts all of them.
   */
  async setUpDepartment(demo = 0): Promise<void> {
    await this.open();
    await this.page.getByRole('radio', { name: 'กรมพัฒนาสังคมและสวัสดิการ (พส.)' }).check();
    await this.setInstallationNumber(1);
    if (demo) await this.withDemoData(demo);
    await this.submit();
    await expect(
      this.page.getByRole('heading', { name: /^ยินดีต้อนรับ กรมพัฒนาสังคมและสวัสดิการ/ }),
    ).toBeVisible({ timeout: 30_000 });
    if (demo) {
      await expect(this.page.getByRole('group', { name: 'อพม. ในทะเบียน' })).toContainText(
        demo.toLocaleString('th-TH'),
        { timeout: 30_000 },
      );
    }
  }

  /** Sets up centre 1 of Phitsanulok, installation 1, with `demo` demo volunteers, and waits for home. */
  async setUpCentre(demo = 0): Promise<void> {
    await this.open();
    await this.chooseProvince('พิษณุโลก');
    await this.setCentreNumber(1);
    await this.setInstallationNumber(1);
    if (demo) await this.withDemoData(demo);
    await this.submit();
    await expect(this.page.getByRole('heading', { name: /^ยินดีต้อนรับ/ })).toBeVisible({
      timeout: 30_000,
    });
    // Demo data is written by a worker: wait until the registry holds all of it.
    if (demo) {
      await expect(this.page.getByRole('group', { name: 'อพม. ในทะเบียน' })).toContainText(
        demo.toLocaleString('th-TH'),
        { timeout: 30_000 },
      );
    }
  }
}
