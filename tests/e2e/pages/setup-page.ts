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
}
