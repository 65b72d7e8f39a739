// Two installations of one centre change the same volunteer without knowing of each other: the
// centre's office PC (a browser profile) sees the conflict and picks field by field; the department
// (another profile) sees it too, may not resolve it, and sees it close when the centre's choice
// arrives. The centre's second installation is played here with the shared bundle code.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateAgeKeyPair, type AgeKeyPair } from '../../shared/bundle/age';
import { parseDepartmentKeys } from '../../shared/bundle/department-keys';
import {
  ENROLMENT_FORMAT,
  ENROLMENT_VERSION,
  enrolmentFileName,
  enrolmentFileText,
  parseEnrolment,
} from '../../shared/bundle/enrolment';
import {
  generateMinisignKeyPair,
  publicKeyBase64,
  type MinisignKeyPair,
} from '../../shared/bundle/minisign';
import { writeBundle } from '../../shared/bundle/write-bundle';
import { sampleVolunteer } from '../support/sample-volunteer';
import { chooseFiles, downloaded, newInstallation } from './pages/files';
import { SetupPage } from './pages/setup-page';

/** The centre's second installation: its keys and the chain of bundles it has written. */
type OtherInstallation = {
  id: 'C6501-2';
  signing: MinisignKeyPair;
  age: AgeKeyPair;
  sequence: number;
  previous: string | null;
};

/** The conflicts screens, by role and label. */
class ConflictsScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/exchange/conflicts');
    await expect(this.page.getByRole('heading', { name: 'ข้อมูลที่แก้ไขไม่ตรงกัน' })).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole('table', { name: 'ข้อมูลที่รอการเลือก' });
  }

  async compare(name: string): Promise<void> {
    await this.page.getByRole('link', { name: `เปิดข้อมูลที่ไม่ตรงกันของ ${name}` }).click();
    await expect(this.versions()).toBeVisible();
  }

  versions(): Locator {
    return this.page.getByRole('table', { name: 'เปรียบเทียบสองฉบับทีละช่อง' });
  }

  row(name: RegExp): Locator {
    return this.versions().getByRole('row', { name });
  }

  button(name: string): Locator {
    return this.page.getByRole('group', { name: 'เลือกฉบับที่จะใช้' }).getByRole('button', { name });
  }
}

/** Reads one bundle file on the exchange page, checks what it would do, and applies it. */
async function readBundle(page: Page, file: string, counts?: RegExp): Promise<void> {
  await page.goto('./#/exchange');
  await chooseFiles(page, 'เลือกแฟ้มชุดข้อมูล', [file]);
  const name = file
    .split('/')
    .pop()!
    .replace(/\.opmb$/, '');
  const checked = page.getByRole('region', { name: new RegExp(name) });
  await expect(checked).toContainText('ตรวจผ่าน พร้อมนำเข้า');
  if (counts) await expect(checked.getByRole('row', { name: counts })).toBeVisible();
  await checked.getByRole('button', { name: 'นำเข้า', exact: true }).click();
  await expect(checked).toContainText('นำเข้าแล้ว');
}

async function sendToDepartment(centre: Page): Promise<string> {
  await centre.goto('./#/exchange');
  return downloaded(centre, () => centre.getByRole('button', { name: 'เขียนแฟ้มส่งกรม' }).click());
}

/** The second installation's next bundle for `recipient`, carrying `volunteer`, as a file. */
async function bundleFrom(
  other: OtherInstallation,
  recipient: 'C6501' | 'DSDW',
  readerAge: string,
  volunteer: Record<string, unknown>,
  changes: number,
): Promise<string> {
  other.sequence += 1;
  const written = await writeBundle({
    manifestFields: {
      kind: 'records',
      issuer: other.id,
      organisation: 'C6501',
      recipient,
      sequence: other.sequence,
      previous: other.previous,
      createdAt: new Date().toISOString(),
      since: 0,
      upTo: changes,
      acks: {},
    },
    tables: { volunteers: [volunteer as { id: string }] },
    secretKey: other.signing.secretKey,
    recipients: [readerAge, other.age.recipient],
  });
  other.previous = written.manifestSha256;
  const path = test.info().outputPath(written.fileName);
  await writeFile(path, written.bytes);
  return path;
}

test('a conflict between a centre’s installations is resolved field by field where the record is owned', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const department = await newInstallation(browser);
  const centre = await newInstallation(browser);
  const conflicts = {
    centre: new ConflictsScreen(centre),
    department: new ConflictsScreen(department),
  };
  const other: OtherInstallation = {
    id: 'C6501-2',
    signing: generateMinisignKeyPair(),
    age: await generateAgeKeyPair(),
    sequence: 0,
    previous: null,
  };

  await new SetupPage(department).open();
  await department.getByRole('radio', { name: 'กรมพัฒนาสังคมและสวัสดิการ (พส.)' }).check();
  await new SetupPage(department).setInstallationNumber(1);
  await new SetupPage(department).submit();
  await expect(department.getByRole('heading', { name: /^ยินดีต้อนรับ/ })).toBeVisible();
  await new SetupPage(centre).setUpCentre();

  // Keys: the centre takes the department's; the department enrols both of the centre's
  // installations and publishes the keyring, which the centre reads.
  await department.goto('./#/exchange/keyring');
  const departmentKeys = await downloaded(department, () =>
    department.getByRole('button', { name: 'บันทึกแฟ้มกุญแจของกรมสำหรับตั้งศูนย์' }).click(),
  );
  const departmentAge = parseDepartmentKeys(await readFile(departmentKeys, 'utf8'))
    .installations[0]!.ageRecipient;
  await centre.goto('./#/exchange/keys');
  await chooseFiles(centre, 'นำเข้าแฟ้มกุญแจของกรม', [departmentKeys]);
  await centre.getByRole('button', { name: 'รหัสตรงกับที่กรมแจ้ง ยืนยัน' }).click();
  const centreEnrolment = await downloaded(centre, () =>
    centre.getByRole('button', { name: 'บันทึกแฟ้มลงทะเบียน' }).click(),
  );
  const centreAge = parseEnrolment(await readFile(centreEnrolment, 'utf8')).ageRecipient;
  const otherEnrolment = test.info().outputPath(enrolmentFileName(other.id));
  await writeFile(
    otherEnrolment,
    enrolmentFileText({
      format: ENROLMENT_FORMAT,
      version: ENROLMENT_VERSION,
      installationId: other.id,
      organisation: 'C6501',
      organisationName: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
      minisignPublicKey: publicKeyBase64(other.signing.publicKey),
      ageRecipient: other.age.recipient,
      createdAt: new Date().toISOString(),
    }),
  );
  await chooseFiles(department, 'นำเข้าแฟ้มลงทะเบียนเครื่อง', [centreEnrolment, otherEnrolment]);
  for (const id of ['C6501-1', 'C6501-2']) {
    await department
      .getByRole('region', { name: id })
      .getByRole('button', { name: 'รหัสตรงกับที่ศูนย์อ่านให้ฟัง เพิ่มในทะเบียน' })
      .click();
    await expect(department.getByRole('table', { name: 'ทะเบียนกุญแจ' })).toContainText(id);
  }
  const keyring = await downloaded(department, () =>
    department.getByRole('button', { name: 'เผยแพร่ทะเบียนกุญแจ (เขียนแฟ้มชุดข้อมูล)' }).click(),
  );
  await readBundle(centre, keyring);

  // The second installation registers a volunteer; both the office PC and the department get it.
  const id = randomUUID();
  const first = {
    ...sampleVolunteer({ nationalId: '3100600211235' }),
    id,
    owner: 'C6501',
    vv: { 'C6501-2': 1 },
    updatedAt: new Date().toISOString(),
    updatedBy: other.id,
    deletedAt: null,
  };
  await readBundle(centre, await bundleFrom(other, 'C6501', centreAge, first, 1), /อพม\. 1 0 0 0/);
  await readBundle(department, await bundleFrom(other, 'DSDW', departmentAge, first, 1));

  // The office PC changes the first name and sends it to the department; meanwhile the second
  // installation, not knowing, changes the last name.
  await centre.goto(`./#/volunteers/${id}/edit`);
  const firstName = centre.getByRole('textbox', { name: 'ชื่อ', exact: true });
  await firstName.fill('สมหญิง');
  await centre.keyboard.press('Control+S');
  await expect(centre.getByRole('heading', { name: 'นางสมหญิง ใจดี' })).toBeVisible();
  await readBundle(department, await sendToDepartment(centre), /อพม\. 0 1 0 0/);
  const second = {
    ...first,
    lastNameTh: 'ทองดี',
    vv: { 'C6501-2': 2 },
    updatedAt: new Date().toISOString(),
  };
  await readBundle(
    department,
    await bundleFrom(other, 'DSDW', departmentAge, second, 2),
    /อพม\. 0 0 0 1/,
  );
  await readBundle(centre, await bundleFrom(other, 'C6501', centreAge, second, 2), /อพม\. 0 0 0 1/);

  // The department sees the conflict but the centre owns the record: it may not choose.
  await conflicts.department.open();
  await expect(conflicts.department.list().getByRole('row')).toHaveCount(2);
  await expect(conflicts.department.list()).toContainText('C6501-2');
  await conflicts.department.compare('สมหญิง ใจดี');
  await expect(
    department.getByText(/ข้อมูลนี้เป็นของหน่วยงาน C6501 จึงต้องเลือกที่เครื่องของ C6501/),
  ).toBeVisible();
  for (const name of ['เก็บฉบับของเครื่องนี้', 'ใช้ฉบับที่รับเข้ามา', 'บันทึกตามที่เลือกทีละช่อง']) {
    await expect(conflicts.department.button(name)).toBeDisabled();
  }

  // The office PC compares the two versions and takes the last name from the other installation.
  await conflicts.centre.open();
  await conflicts.centre.compare('สมหญิง ใจดี');
  // The fields that differ are marked; the others are shown alike on both sides.
  const lastName = conflicts.centre.row(/^นามสกุล ไม่ตรงกัน/);
  await expect(lastName).toHaveAttribute('data-differs', 'true');
  await expect(conflicts.centre.row(/^ชื่อ ไม่ตรงกัน/)).toHaveAttribute('data-differs', 'true');
  await expect(conflicts.centre.row(/^เลขประจำตัวประชาชน/)).not.toHaveAttribute('data-differs');
  await centre.getByRole('radio', { name: 'ใช้ฉบับที่รับเข้ามาสำหรับนามสกุล', exact: true }).check();
  await expect(lastName.getByRole('cell').last()).toHaveText('ทองดี');
  await centre.screenshot({ path: test.info().outputPath('conflict.png'), fullPage: true });
  await conflicts.centre.button('บันทึกตามที่เลือกทีละช่อง').click();
  await expect(centre.getByText('ไม่มีข้อมูลที่รอการเลือก')).toBeVisible();
  await centre.goto(`./#/volunteers/${id}`);
  await expect(centre.getByRole('heading', { name: 'นางสมหญิง ทองดี' })).toBeVisible();

  // The choice travels as the centre's change: it replaces both versions at the department and
  // closes the conflict there.
  await readBundle(department, await sendToDepartment(centre), /อพม\. 0 1 0 0/);
  await conflicts.department.open();
  await expect(department.getByText('ไม่มีข้อมูลที่รอการเลือก')).toBeVisible();
  await department.goto(`./#/volunteers/${id}`);
  await expect(department.getByRole('heading', { name: 'นางสมหญิง ทองดี' })).toBeVisible();
});
