// A centre finds two records of one volunteer, merges them field by field, and undoes the merge.
import { expect, test, type Page } from '@playwright/test';
import { DuplicatesPage } from './pages/duplicates-page';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';

type Copied = { name: string };
type StoredVolunteer = Record<string, unknown> & {
  id: string;
  owner: string;
  deletedAt: string | null;
  nationalId: string;
  firstNameTh: string;
  lastNameTh: string;
  ix: Record<string, unknown>;
};

/**
 * Adds a second record of one demo volunteer under another valid national id. No screen adds
 * volunteers yet and the app has no test hooks, so as a last resort this copies a record the app
 * itself wrote (exchange fields and list indexes included) with raw IndexedDB, changing only the
 * id, the national id, a phone, the e-mail and the matching index entries, and takes the next
 * change number as the write layer would.
 */
async function addSecondRecordOfOneVolunteer(page: Page): Promise<Copied> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('opm-centre'));
    const tx = db.transaction(['volunteers', 'meta', 'audit'], 'readwrite');
    const volunteers = tx.objectStore('volunteers');
    const all = (await request(volunteers.getAll())) as StoredVolunteer[];
    const original = all.find((v) => v.deletedAt === null && v.owner === 'C6501')!;
    const first12 = `${original.nationalId.slice(0, 11)}${(Number(original.nationalId[11]) + 1) % 10}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
    const nationalId = `${first12}${(11 - (sum % 11)) % 10}`;
    const meta = tx.objectStore('meta');
    const counter = ((await request(meta.get('changeCounter'))) as { value: number }).value + 1;
    const at = new Date().toISOString();
    const copy = {
      ...original,
      id: crypto.randomUUID(),
      nationalId,
      phones: ['0899990001'],
      email: 'copy@example.org',
      vv: { 'C6501-1': 1 },
      updatedAt: at,
      updatedBy: 'C6501-1',
      lc: counter,
      ix: { ...original.ix, nid: nationalId, phones: ['0899990001'] },
    };
    await request(volunteers.add(copy));
    await request(meta.put({ key: 'changeCounter', value: counter }));
    const fields = Object.keys(copy).filter(
      (k) => !['id', 'owner', 'vv', 'updatedAt', 'updatedBy', 'deletedAt', 'lc', 'ix'].includes(k),
    );
    await request(
      tx.objectStore('audit').add({
        at,
        installation: 'C6501-1',
        table: 'volunteers',
        recordIds: [copy.id],
        kind: 'create',
        fields,
      }),
    );
    db.close();
    return { name: `${original.firstNameTh} ${original.lastNameTh}` };
  });
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
  const setup = new SetupPage(page);
  await setup.open();
  await setup.chooseProvince('พิษณุโลก');
  await setup.setCentreNumber(1);
  await setup.setInstallationNumber(1);
  await setup.withDemoData(10);
  await setup.submit();
  await expect(page.getByRole('group', { name: 'อพม. ในทะเบียน' })).toHaveText(/\D10$/, {
    timeout: 30_000,
  });

  const copied = await addSecondRecordOfOneVolunteer(page);
  await page.reload();
  await expectRegistryCount(page, 11);

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
  await expectRegistryCount(page, 11);

  // Merge again, see one record in the registry, then undo from the list of past merges.
  await duplicates.open();
  await duplicates.compare(copied.name, copied.name);
  await duplicates.mergeAndConfirm();
  await expect(page.getByText('ไม่พบข้อมูลที่อาจซ้ำกัน')).toBeVisible();
  await expectRegistryCount(page, 10);

  await duplicates.open();
  await duplicates.undoFromHistory(copied.name, copied.name);
  await expect(duplicates.pairs().getByRole('row')).toHaveCount(2);
  await expect(duplicates.history().getByRole('button', { name: /^ยกเลิกการรวม/ })).toHaveCount(0);
  await expectRegistryCount(page, 11);
});
