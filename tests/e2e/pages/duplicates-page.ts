// The possible-duplicates screen, driven by roles and labels.
import { expect, type Locator, type Page } from '@playwright/test';

export class DuplicatesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/volunteers/duplicates');
    await expect(this.page.getByRole('heading', { name: 'ข้อมูลที่อาจซ้ำกัน' })).toBeVisible();
  }

  pairs(): Locator {
    return this.page.getByRole('table', { name: 'คู่ที่อาจเป็นคนเดียวกัน' });
  }

  history(): Locator {
    return this.page.getByRole('table', { name: 'การรวมข้อมูลที่ผ่านมา' });
  }

  async compare(left: string, right: string): Promise<void> {
    await this.page.getByRole('button', { name: `เปรียบเทียบ ${left} กับ ${right}` }).click();
    await expect(this.page.getByRole('heading', { name: /^เปรียบเทียบข้อมูล/ })).toBeVisible();
  }

  async useRight(field: string): Promise<void> {
    await this.page.getByRole('radio', { name: `ใช้ด้านขวาสำหรับ${field}` }).check();
  }

  async mergeAndConfirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'รวมข้อมูล', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'ยืนยันการรวมข้อมูล' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'ยืนยันการรวม' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The notification shown after a merge, which offers the undo. */
  mergedNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'รวมข้อมูลแล้ว' });
  }

  async undoFromNotice(): Promise<void> {
    await this.mergedNotice().getByRole('button', { name: 'ยกเลิกการรวม', exact: true }).click();
  }

  async undoFromHistory(survivor: string, merged: string): Promise<void> {
    await this.history()
      .getByRole('button', { name: `ยกเลิกการรวม ${merged} เข้ากับ ${survivor}` })
      .click();
  }
}
