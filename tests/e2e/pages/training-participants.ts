// A round's participants page, driven from the keyboard as a centre's staff would: enrol by search
// (type, arrow keys, Enter, several at once), by filter (tiers, districts), add a person by name,
// withdraw, reinstate, move up, print the cards; and the registry read straight from IndexedDB so
// that checks do not trust the screen.
//
// Typical use in another spec (after createCourse / createRound of training-rounds.ts):
//   const participants = new ParticipantsPage(page);
//   await participants.open(roundId);
//   await participants.enrolBySearch([{ text: 'สมศรี ใจดี', pick: '3-6501-…' }]);
//   await participants.enrolByFilter({ tiers: ['B'], districts: ['เมืองพิษณุโลก', 'วังทอง'] });
import { expect, type Locator, type Page } from '@playwright/test';

/** A volunteer as stored, with what enrolment copies and what filters read. */
export type StoredVolunteer = {
  id: string;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  nationalId: string;
  status: string;
  tier: string | null;
  address: { provinceCode: string; districtCode: string };
  deletedAt: string | null;
};

export type PersonInput = {
  role?: 'บุคคลภายนอก' | 'เจ้าหน้าที่' | 'ประธาน อพม. จังหวัด';
  title?: string;
  firstName: string;
  lastName: string;
  organisation: string;
  nationalId?: string;
};

/** Every live record of a table of the app's database. */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('opm-centre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as (T & { deletedAt?: string | null })[];
            resolve(rows.filter((r) => !r.deletedAt));
          };
        };
      }),
    table,
  );
}

/** Picks `option` of a list from the keyboard: opens it, moves down to the option, Enter. */
async function pickByKeyboard(page: Page, box: Locator, option: (text: string) => boolean) {
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  for (let step = 0; step < 60; step++) {
    const active = await box.getAttribute('aria-activedescendant');
    if (active) {
      const text = (await page.locator(`[id="${active}"]`).textContent()) ?? '';
      if (option(text.trim())) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No such option in "${await box.getAttribute('aria-label')}"`);
}

export class ParticipantsPage {
  constructor(private readonly page: Page) {}

  async open(roundId: string): Promise<void> {
    await this.page.goto(`./#/training/rounds/${roundId}/participants`);
    await expect(this.summary()).toHaveText(/ได้ที่นั่ง/);
  }

  /** "ได้ที่นั่ง 30 / 30 ที่ · รอที่นั่ง 3 คน · ถอนตัว 1 คน". */
  summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^ได้ที่นั่ง \d/ });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'รายชื่อผู้เข้าอบรม' });
  }

  withdrawnTable(): Locator {
    return this.page.getByRole('table', { name: 'ผู้ถอนตัว' });
  }

  /** The row of a participant, by their number. */
  row(number: number, table = this.table()): Locator {
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(number), exact: true }) });
  }

  /** What the last enrolment did (how many seated, waiting, skipped). */
  outcome(): Locator {
    return this.page.getByRole('status', { name: 'ผลการลงทะเบียน' });
  }

  async tab(name: 'ค้นหา อพม.' | 'เลือก อพม. ตามเงื่อนไข' | 'เพิ่มบุคคลตามชื่อ'): Promise<void> {
    const tab = this.page
      .getByRole('tablist', { name: 'วิธีเพิ่มผู้เข้าอบรม' })
      .getByRole('tab', { name });
    await tab.focus();
    await this.page.keyboard.press('Enter');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'ค้นหา อพม. จากทะเบียน' });
  }

  /**
   * Types each search, picks with the arrow keys the answer whose text holds `pick` (e.g. the
   * national id with dashes, which tells two people of one name apart), then enrols all together.
   */
  async enrolBySearch(searches: { text: string; pick: string }[]): Promise<void> {
    await this.tab('ค้นหา อพม.');
    const box = this.searchBox();
    for (const { text, pick } of searches) {
      await box.focus();
      await this.page.keyboard.press('Control+A');
      await this.page.keyboard.type(text);
      await expect(this.page.getByRole('option').filter({ hasText: pick })).toBeVisible();
      await pickByKeyboard(this.page, box, (option) => option.includes(pick));
    }
    await this.page.getByRole('button', { name: `ลงทะเบียน ${searches.length} คนที่เลือก` }).click();
  }

  /** Chooses tiers and districts (status stays "active"), waits for the count, then enrols. */
  /**
   * Chooses tiers and districts, then enrols whom they select. With `expected`, waits until the
   * preview says it (the preview is counted again after each choice) before enrolling.
   */
  async enrolByFilter(
    filter: { tiers: string[]; districts: string[] },
    expected?: string,
  ): Promise<string> {
    await this.tab('เลือก อพม. ตามเงื่อนไข');
    const tier = this.page.getByRole('combobox', { name: 'ระดับคุณภาพ' });
    for (const name of filter.tiers) await pickByKeyboard(this.page, tier, (o) => o === name);
    await this.page.keyboard.press('Escape');
    const districts = this.page.getByRole('combobox', { name: 'อำเภอ/เขต (เลือกได้หลายอำเภอ)' });
    for (const name of filter.districts) {
      await districts.focus();
      await this.page.keyboard.type(name);
      await pickByKeyboard(this.page, districts, (o) => o === name);
    }
    await this.page.keyboard.press('Escape');
    const preview = this.page.getByRole('status').filter({ hasText: /^ตรงเงื่อนไข/ });
    await expect(preview).toBeVisible();
    if (expected !== undefined) await expect(preview).toHaveText(expected);
    const said = (await preview.textContent()) ?? '';
    await this.page.getByRole('button', { name: /^ลงทะเบียน [\d,]+ คนตามเงื่อนไข$/ }).click();
    return said;
  }

  personForm(): Locator {
    return this.page.getByRole('form', { name: 'บุคคลที่ไม่อยู่ในทะเบียน อพม.' });
  }

  personField(label: string): Locator {
    return this.personForm().getByRole('textbox', { name: label, exact: true });
  }

  /** Fills the "add a person by name" form from the keyboard and presses Enter. */
  async addPerson(person: PersonInput): Promise<void> {
    await this.tab('เพิ่มบุคคลตามชื่อ');
    const form = this.personForm();
    const role = form.getByRole('combobox', { name: 'เป็น', exact: true });
    await pickByKeyboard(this.page, role, (o) => o === (person.role ?? 'บุคคลภายนอก'));
    if (person.title) {
      const title = form.getByRole('combobox', { name: 'คำนำหน้านาม', exact: true });
      await pickByKeyboard(this.page, title, (o) => o === person.title);
    }
    const type = async (label: string, text: string) => {
      await this.personField(label).focus();
      await this.page.keyboard.press('Control+A');
      if (text) await this.page.keyboard.type(text);
      else await this.page.keyboard.press('Delete');
    };
    await type('ชื่อ', person.firstName);
    await type('นามสกุล', person.lastName);
    await type('หน่วยงาน', person.organisation);
    await type('เลขประจำตัวประชาชน (ถ้ามี)', person.nationalId ?? '');
    await this.page.keyboard.press('Enter');
  }

  /** Withdraws a participant by number, confirming in the dialog; returns the dialog's text. */
  async withdraw(number: number): Promise<string> {
    await this.row(number)
      .getByRole('button', { name: /^ถอนตัว / })
      .click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const said = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'ยืนยันการถอนตัว' }).click();
    await expect(dialog).toBeHidden();
    return said;
  }

  async reinstate(number: number): Promise<void> {
    await this.row(number, this.withdrawnTable())
      .getByRole('button', { name: /^คืนสิทธิ์ / })
      .click();
  }

  async moveUp(number: number): Promise<void> {
    await this.row(number)
      .getByRole('button', { name: /^เลื่อน .* ขึ้นรับที่นั่ง$/ })
      .click();
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: 'พิมพ์บัตรผู้เข้าอบรม' });
  }
}
