// The check-in page of a round, driven as a trainer at the door does: the keyboard (or a barcode
// scanner, which types like one) into the one big input, Enter, the arrow keys; and the lists below.
import { expect, type Locator, type Page } from '@playwright/test';

export const CHECK_IN_INPUT = 'เลขประจำตัวประชาชน, รหัสบนบัตร, เลขที่ หรือชื่อ';

/** A participant as stored, read back from IndexedDB so that checks do not trust the screen. */
export type StoredParticipant = {
  id: string;
  roundId: string;
  number: number;
  nationalId: string;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  organisationName: string;
  status: string;
  deletedAt: string | null;
};

export type StoredSession = {
  id: string;
  on: string;
  starts: string;
  ends: string;
  titleTh: string;
};

/** `1102012345678` → `1-1020-12345-67-8`, as it is printed on an ID card. */
export function withDashes(id: string): string {
  return `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
}

export class CheckInPage {
  constructor(private readonly page: Page) {}

  async open(roundId: string, sessionId?: string): Promise<void> {
    await this.page.goto(
      `./#/training/rounds/${roundId}/check-in${sessionId ? `?session=${sessionId}` : ''}`,
    );
    await expect(this.input()).toBeVisible();
  }

  input(): Locator {
    return this.page.getByRole('combobox', { name: CHECK_IN_INPUT });
  }

  sessionPicker(): Locator {
    return this.page.getByRole('combobox', { name: 'ช่วงการอบรม' });
  }

  /**
   * The green answer to the last check-in (role status), or the grey one of an undo; on the page
   * itself, not the app's passing notifications.
   */
  status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** The amber (already checked in) or red (refused) answer. */
  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  choices(): Locator {
    return this.page.getByRole('listbox', { name: 'ผู้เข้าอบรมที่ชื่อตรงกัน' });
  }

  counts(): Locator {
    return this.page.getByRole('group', { name: 'จำนวนผู้เข้าอบรมช่วงนี้' });
  }

  presentTable(): Locator {
    return this.page.getByRole('table', { name: /^ลงทะเบียนแล้ว/ });
  }

  presentHeading(): Locator {
    return this.page.getByRole('heading', { name: /^ลงทะเบียนแล้ว \(\d+\)$/ });
  }

  missingHeading(): Locator {
    return this.page.getByRole('heading', { name: /^ยังไม่มา \(\d+\)$/ });
  }

  /** The button of a missing person, by number and name. */
  missingPerson(number: number, name: string): Locator {
    return this.page.getByRole('button', { name: `ลงทะเบียน ${number} ${name}`, exact: true });
  }

  /** Types into the input as a keyboard or scanner does (the input has the focus), then Enter. */
  async scan(text: string): Promise<void> {
    await expect(this.input()).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Types words of a name, waits for the choices, moves down with the arrow key to the one naming
   * `name`, and takes it with Enter.
   */
  async pickByName(words: string, name: string): Promise<void> {
    await expect(this.input()).toBeFocused();
    await this.page.keyboard.type(words);
    const options = this.choices().getByRole('option');
    await expect(options.filter({ hasText: name })).toHaveCount(1);
    const texts = await options.allTextContents();
    const index = texts.findIndex((text) => text.includes(name));
    for (let i = 0; i < index; i++) await this.page.keyboard.press('ArrowDown');
    await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
  }

  /** Waits for the green answer naming the person. */
  async expectCheckedIn(number: number, name: string): Promise<void> {
    const answer = this.status();
    await expect(answer).toContainText('ลงทะเบียนแล้ว');
    await expect(answer).toContainText(String(number));
    await expect(answer).toContainText(name);
  }

  async expectPresentCount(present: number, enrolled: number): Promise<void> {
    await expect(this.counts()).toContainText(`มาแล้ว ${present} จาก ${enrolled} คน`);
    await expect(this.presentHeading()).toHaveText(`ลงทะเบียนแล้ว (${present})`);
    await expect(this.missingHeading()).toHaveText(`ยังไม่มา (${enrolled - present})`);
  }

  lateBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `มาสาย: ${name}`, exact: true });
  }

  leftEarlyBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `กลับก่อนเวลา: ${name}`, exact: true });
  }

  undoRow(name: string): Locator {
    return this.page.getByRole('button', { name: `ยกเลิกการลงทะเบียน: ${name}`, exact: true });
  }

  undoLastButton(): Locator {
    return this.page.getByRole('button', { name: /^ยกเลิกรายการล่าสุด/ });
  }

  printSessionButton(): Locator {
    return this.page.getByRole('button', { name: 'พิมพ์ใบลงชื่อช่วงนี้' });
  }

  printAllButton(): Locator {
    return this.page.getByRole('button', { name: 'พิมพ์ใบลงชื่อทุกช่วง' });
  }

  /** The round's participants and sessions straight from IndexedDB. */
  async stored(roundId: string): Promise<{
    participants: StoredParticipant[];
    sessions: StoredSession[];
  }> {
    return this.page.evaluate(
      (id) =>
        new Promise<{ participants: StoredParticipant[]; sessions: StoredSession[] }>(
          (resolve, reject) => {
            const open = indexedDB.open('opm-centre');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['participants', 'rounds']);
              const people = tx.objectStore('participants').index('roundId').getAll(id);
              const round = tx.objectStore('rounds').get(id);
              tx.onerror = () => reject(tx.error);
              tx.oncomplete = () => {
                open.result.close();
                const participants = (people.result as StoredParticipant[])
                  .filter((p) => p.deletedAt === null)
                  .sort((a, b) => a.number - b.number);
                const sessions = (round.result as { sessions: StoredSession[] }).sessions;
                resolve({ participants, sessions });
              };
            };
          },
        ),
      roundId,
    );
  }
}
