// The register of organisations, driven by roles and labels.
import { expect, type Locator, type Page } from '@playwright/test';

export class OrganisationsPage {
  constructor(private readonly page: Page) {}

  /** Opens the register from the exchange page's link, as a person would. */
  async openFromExchange(): Promise<void> {
    await this.page.goto('./#/exchange');
    await this.page.getByRole('link', { name: 'ทะเบียนหน่วยงาน' }).click();
    await expect(this.page.getByRole('heading', { name: 'ทะเบียนหน่วยงาน' })).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.goto('./#/exchange/organisations');
    await expect(this.page.getByRole('heading', { name: 'ทะเบียนหน่วยงาน' })).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form');
  }

  async chooseProvince(name: string): Promise<void> {
    const province = this.page.getByRole('combobox', { name: 'จังหวัดที่ตั้งศูนย์' });
    await province.click();
    await province.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  serial(): Locator {
    return this.page.getByRole('textbox', { name: 'ลำดับศูนย์ในจังหวัด' });
  }

  nameTh(): Locator {
    return this.page.getByRole('textbox', { name: 'ชื่อภาษาไทย' });
  }

  nameEn(): Locator {
    return this.page.getByRole('textbox', { name: 'ชื่อภาษาอังกฤษ' });
  }

  /** The live code line under the province and serial. */
  codeLine(): Locator {
    return this.form().getByText(/^รหัสศูนย์:/);
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  failure(): Locator {
    return this.form().getByRole('alert');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'หน่วยงานในทะเบียน' });
  }

  rowOf(code: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /หน่วยงาน$/ });
  }

  async filterByProvince(name: string): Promise<void> {
    const filter = this.page.getByRole('combobox', { name: 'กรองตามจังหวัด' });
    await filter.click();
    await filter.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  retireDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
