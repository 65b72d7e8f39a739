// A centre finds two records of one volunteer, merges them field by field, and undoes the merge.
import { expect, test, type Page } from '@playwright/test';
import { DuplicatesPage } from './pages/duplicates-page';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';
import { VolunteerForm } from './pages/volunteer-form';

/** Two records of one person, added through the form under two ids, as happens when a
 * volunteer is registered twice. The form warns of the likely duplicate but lets it be saved. */
async function addTwoRecordsOfOnePerson(page: Page): Promise<{ name: string }> {
  const form = new VolunteerForm(page);
  for (const [nationalId, phone] of [
    ['1102012345678', '0812345678'],
    ['3100600211235', '0899990001'],
  ] as const) {
    await page.goto('./#/volunteers/new');
    await form.fillExample(nationalId, phone);
    await form.save();
    await expect(page.getByRole('heading', { name: 'นางสาวมาลัย ทองประเสริฐ' })).toBeVisible();
  }
  return { name: 'มาลัย ทองประเสริฐ' };
}

async function expectRegistryCount(page: Page, count: number): Promise<void> {
  await new Shell(page).goTo('หน้าแรก');
  await expect(page.getByRole('group', { name: 'อพม. ในทะเบียน' })).toHaveText(
    new RegExp(`\\D${count}$`),
  );
}

test('two records of one volunteer are merged field by field, and the merge is undone', async ({
  page,
}, testInfo) => {
  await new SetupPage(page).setUpCentre();

  const copied = await addTwoRecordsOfOnePerson(page);
  await expectRegistryCount(page, 2);

  const duplicates = new DuplicatesPage(page);
  await duplicates.open();
  const pairs = duplicates.pairs();
  await expect(pairs.getByRole('row')).toHaveCount(2);
  await expect(pairs).toContainText('ชื่อ นามสกุล และวันเกิดเดียวกัน');
  await expect(duplicates.history()).toBeHidden();
  await expect(page.getByText('ยังไม่เคยรวมข้อมูล')).toBeVisible();

  await duplicates.compare(copied.name, copied.name);
  const comparison = page.getByRole('table').filter({ hasText: 'ผลการรวม' });
  await expect(comparison.getByRole('row', { name: /^เลขประจำตัวประชาชน/ })).toBeVisible();
  await expect(comparison.getByRole('row', { name: /^โทรศัพท์/ })).toContainText('รวมทั้งสองด้าน');
  await expect(page.getByRole('radio', { name: 'ใช้ด้านซ้ายสำหรับเลขประจำตัวประชาชน' })).toBeChecked();
  await duplicates.useRight('เลขประจำตัวประชาชน');
  // The result column now shows the right-hand id.
  const idCells = comparison.getByRole('row', { name: /^เลขประจำตัวประชาชน/ }).getByRole('cell');
  await expect(idCells.nth(3)).toHaveText((await idCells.nth(1).innerText()).trim());
  await expect(idCells.nth(3)).not.toHaveText((await idCells.nth(0).innerText()).trim());
  await page.screenshot({ path: testInfo.outputPath('comparison.png'), fullPage: true });

  await duplicates.mergeAndConfirm();
  await expect(duplicates.mergedNotice()).toBeVisible();
  await expect(page.getByText('ไม่พบข้อมูลที่อาจซ้ำกัน')).toBeVisible();
  await expect(duplicates.history().getByRole('row')).toHaveCount(2);

  // Undo from the notification: both records are back, and the pair with them.
  await duplicates.undoFromNotice();
  await expect(page.getByRole('alert').filter({ hasText: 'ยกเลิกการรวมแล้ว' })).toBeVisible();
  await expect(pairs.getByRole('row')).toHaveCount(2);
  await expect(duplicates.history()).toContainText('ยกเลิกแล้วเมื่อ');
  await expectRegistryCount(page, 2);

  // Merge again, see one record in the registry, then undo from the list of past merges.
  await duplicates.open();
  await duplicates.compare(copied.name, copied.name);
  await duplicates.mergeAndConfirm();
  await expect(page.getByText('ไม่พบข้อมูลที่อาจซ้ำกัน')).toBeVisible();
  await expectRegistryCount(page, 1);

  await duplicates.open();
  await duplicates.undoFromHistory(copied.name, copied.name);
  await expect(duplicates.pairs().getByRole('row')).toHaveCount(2);
  await expect(duplicates.history().getByRole('button', { name: /^ยกเลิกการรวม/ })).toHaveCount(0);
  await expectRegistryCount(page, 2);
});
