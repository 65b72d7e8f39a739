// The department's registration and national-picture screens, driven by roles and labels.
import { expect, type Locator, type Page } from '@playwright/test';

export class RegistrationsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/exchange/registrations');
    await expect(this.page.getByRole('heading', { name: 'ขึ้นทะเบียน อพม. กับ พส.' })).toBeVisible();
  }

  /** Chooses the first centre offered; returns its code. */
  async chooseFirstCentre(): Promise<string> {
    await this.page.getByRole('combobox', { name: 'ศูนย์ประสานงาน' }).click();
    const option = this.page.getByRole('option').first();
    const code = /C\d{4}/.exec((await option.textContent()) ?? '')?.[0];
    if (!code) throw new Error('the first centre option shows no centre code');
    await option.click();
    return code;
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /ขึ้นทะเบียน|กำลังอ่าน/ });
  }

  list(): Locator {
    return this.page.getByRole('table', { name: 'อพม. ที่ยังไม่ขึ้นทะเบียน' });
  }

  /** The row of the list at a position, counting from 1 after the header. */
  row(position: number): Locator {
    return this.list().getByRole('row').nth(position);
  }

  async selectWithKeyboard(position: number): Promise<void> {
    await this.row(position).getByRole('checkbox').focus();
    await this.page.keyboard.press('Space');
    await expect(this.row(position).getByRole('checkbox')).toBeChecked();
  }

  async selectAll(): Promise<void> {
    await this.list().getByRole('checkbox', { name: 'เลือกทุกคนในรายชื่อ' }).check();
  }

  async assign(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `ให้เลขทะเบียน ${count} คน` }).click();
  }

  /** The notification after an assignment, which offers the undo. */
  assignedNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'ให้เลขทะเบียนแล้ว' });
  }
}

export class NationalPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/exchange/national');
    await expect(this.page.getByRole('heading', { name: 'ภาพรวมทั้งประเทศ' })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'หน่วยงานทั้งหมด' });
  }

  rowOf(code: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  /** The cells of an organisation's row, in the table's column order. */
  cellsOf(code: string): Locator {
    return this.rowOf(code).getByRole('cell');
  }
}
