import { describe, expect, it } from 'vitest';
import {
  certificateWording,
  issuedOnText,
  thaiDateRange,
} from '@renderer/print/training/certificate-wording';
import { defaultCertificateTemplate } from '@renderer/db/training/certificate-template';

/** Spaces as a reader sees them: the range keeps its words together with no-break spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe("a certificate's words", () => {
  it('names the month and year of a round once when they are shared', () => {
    expect(plain(thaiDateRange('2018-03-21', '2018-03-23'))).toBe('21–23 มีนาคม 2561');
    expect(plain(thaiDateRange('2026-03-30', '2026-04-01'))).toBe('30 มีนาคม – 1 เมษายน 2569');
    expect(plain(thaiDateRange('2026-12-31', '2027-01-01'))).toBe('31 ธันวาคม 2569 – 1 มกราคม 2570');
    expect(plain(thaiDateRange('2026-03-21', '2026-03-21'))).toBe('21 มีนาคม 2569');
  });

  it('never lets a line break inside the dates', () => {
    expect(thaiDateRange('2018-03-21', '2018-03-23')).not.toMatch(/ /);
  });

  it("fills the template's placeholders with the round's facts, in Thai digits when asked", () => {
    const facts = {
      course: 'การจัดการรายกรณี',
      round: 2,
      from: '2018-03-21',
      to: '2018-03-23',
      venue: 'โรงแรมอมรินทร์ลากูน',
    };
    expect(plain(certificateWording(defaultCertificateTemplate, facts))).toBe(
      'ได้ผ่านการอบรมหลักสูตร การจัดการรายกรณี รุ่นที่ 2 ระหว่างวันที่ 21–23 มีนาคม 2561 ณ โรงแรมอมรินทร์ลากูน',
    );
    expect(plain(certificateWording({ wording: 'รุ่นที่ {round} {dates}' }, facts, true))).toBe(
      'รุ่นที่ ๒ ๒๑–๒๓ มีนาคม ๒๕๖๑',
    );
  });

  it('says the day of issue with พ.ศ.', () => {
    expect(issuedOnText('2026-11-23')).toBe('ให้ไว้ ณ วันที่ 23 พฤศจิกายน พ.ศ. 2569');
  });
});
