import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import {
  defaultCertificateTemplate,
  fillWording,
  loadCertificateTemplate,
  saveCertificateTemplate,
  signatoryFor,
} from '@renderer/db/training/certificate-template';
import { freshDb } from '../test-db';

let db: AppDB | undefined;
afterEach(() => db?.close());

const logo = { sha256: 'a'.repeat(64), type: 'image/png' as const };

describe('the certificate template', () => {
  it('is the default until one is saved, then the one saved, tidied', async () => {
    db = await freshDb();
    expect(await loadCertificateTemplate(db)).toEqual(defaultCertificateTemplate);
    await saveCertificateTemplate(db, {
      logo,
      heading: '  ขอมอบเกียรติบัตรนี้เพื่อแสดงว่า ',
      wording: 'ผ่านการอบรม {course} รุ่นที่ {round}\n',
      signatory: { name: ' นายสมชาย ใจงาม ', title: 'ผู้อำนวยการ' },
    });
    expect(await loadCertificateTemplate(db)).toEqual({
      logo,
      heading: 'ขอมอบเกียรติบัตรนี้เพื่อแสดงว่า',
      wording: 'ผ่านการอบรม {course} รุ่นที่ {round}',
      signatory: { name: 'นายสมชาย ใจงาม', title: 'ผู้อำนวยการ' },
    });
  });

  it('refuses a placeholder it does not know, naming it and the ones it does', async () => {
    db = await freshDb();
    const refusal = saveCertificateTemplate(db, {
      ...defaultCertificateTemplate,
      wording: 'ผ่านการอบรม {cours}',
    });
    await expect(refusal).rejects.toMatchObject({
      code: 'certificate-template.placeholder',
      where: { field: 'wording' },
    });
    await expect(refusal).rejects.toThrow('{cours}');
    expect(await loadCertificateTemplate(db)).toEqual(defaultCertificateTemplate);
  });

  it("prints the round's signatory when it names one, else the template's", () => {
    const template = { ...defaultCertificateTemplate, signatory: { name: 'ก', title: 'ข' } };
    expect(signatoryFor(template, { name: 'ค', title: 'ง' })).toEqual({ name: 'ค', title: 'ง' });
    expect(signatoryFor(template, { name: ' ', title: 'ง' })).toEqual({ name: 'ก', title: 'ข' });
  });

  it('fills every placeholder, as often as it appears', () => {
    const values = { course: 'หลักสูตร', round: '3', dates: '1–2 มี.ค.', venue: 'ที่นี่' };
    expect(fillWording('{course} {round} {course} {venue} {dates}', values)).toBe(
      'หลักสูตร 3 หลักสูตร ที่นี่ 1–2 มี.ค.',
    );
  });
});
