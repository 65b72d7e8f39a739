// The volunteer import screen, driven by roles and labels.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/volunteers/import');
    await expect(
      this.page.getByRole('heading', { name: 'นำเข้าข้อมูล อพม. จากไฟล์ Excel หรือ CSV' }),
    ).toBeVisible();
  }

  /** Picks a file through the host's file dialog (a file input in the browser). */
  async upload(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'เลือกไฟล์' }).click();
    await (await chooser).setFiles(path);
  }

  summary(): Locator {
    return this.page.getByRole('group', { name: 'ผลการตรวจ' });
  }

  problemRows(): Locator {
    return this.page.getByRole('table', { name: 'แถวที่ไม่ผ่านการตรวจ' }).getByRole('row');
  }

  async importValid(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `นำเข้า ${count} รายการที่ถูกต้อง` }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `นำเข้า อพม. แล้ว ${count} รายการ` }),
    ).toBeVisible();
  }

  /** Exports the registry list as it stands, from the list's own Export menu. */
  async export(format: 'xlsx' | 'csv'): Promise<Download> {
    await this.page.goto('./#/volunteers');
    await this.page.getByRole('button', { name: 'ส่งออก', exact: true }).click();
    const download = this.page.waitForEvent('download');
    const name = format === 'xlsx' ? 'ส่งออกเป็น Excel (.xlsx)' : 'ส่งออกเป็น CSV';
    await this.page.getByRole('menuitem', { name }).click();
    return download;
  }
}
