// The add/edit volunteer form, typed into from the keyboard as a person at a centre would.
import { expect, type Page } from '@playwright/test';

export class VolunteerForm {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** Focuses a list with Tab order, opens it from the keyboard and picks the option. */
  async choose(label: string, option: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label, exact: true });
    await box.focus();
    await this.page.keyboard.press('ArrowDown');
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(box).toHaveValue(option);
  }

  /** Replaces a text field's value by typing, then leaves it with Tab (which checks it). */
  async type(label: string, text: string): Promise<void> {
    await this.field(label).focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** Why the save was refused, shown in the form (a notification of an earlier save is not it). */
  problem() {
    return this.page.getByRole('main').getByRole('alert');
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
  }

  /** A complete new volunteer of Phitsanulok: นางสาวมาลัย ทองประเสริฐ, born 21 March 2510. */
  async fillExample(nationalId: string, phone = '081-234-5678'): Promise<void> {
    await this.choose('คำนำหน้านาม', 'นางสาว');
    await this.type('ชื่อ', 'มาลัย');
    await this.type('นามสกุล', 'ทองประเสริฐ');
    await this.type('เลขประจำตัวประชาชน', nationalId);
    await this.type('ชื่อ (ภาษาอังกฤษ)', 'Malai');
    await this.type('นามสกุล (ภาษาอังกฤษ)', 'Thongprasert');
    await this.type('วันเกิด', '๒๑/๓/๒๕๑๐');
    await this.choose('เพศ', 'หญิง');
    await this.type('โทรศัพท์', phone);
    await this.choose('อำเภอ/เขต', 'เมืองพิษณุโลก');
    await this.choose('ตำบล/แขวง', 'ในเมือง');
  }
}
