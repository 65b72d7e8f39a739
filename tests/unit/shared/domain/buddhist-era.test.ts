import { describe, expect, it } from 'vitest';
import {
  ageOn,
  formatDate,
  fromExcelSerial,
  parseThaiDate,
  toBuddhistYear,
} from '@shared/domain/dates/buddhist-era';

describe('Buddhist-era dates', () => {
  it('formats in the Buddhist era, in Thai and in English', () => {
    expect(formatDate('2018-03-21')).toBe('21 มี.ค. 2561');
    expect(formatDate('2018-03-21', { style: 'long' })).toBe('21 มีนาคม 2561');
    expect(formatDate('2018-03-21', { thaiDigits: true })).toBe('๒๑ มี.ค. ๒๕๖๑');
    expect(formatDate('2018-03-21', { language: 'en' })).toMatch(/21 Mar 2561/);
    expect(toBuddhistYear(2026)).toBe(2569);
  });

  it('never shifts a date by time zone', () => {
    expect(formatDate('2026-01-01')).toBe('1 ม.ค. 2569');
    expect(formatDate('2025-12-31')).toBe('31 ธ.ค. 2568');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('reads dates as Thai offices write them', () => {
    expect(parseThaiDate('21/3/2561')).toBe('2018-03-21');
    expect(parseThaiDate('21-03-61')).toBe('2018-03-21');
    expect(parseThaiDate('๒๑/๐๓/๒๕๖๑')).toBe('2018-03-21');
    expect(parseThaiDate('21 มี.ค. 2561')).toBe('2018-03-21');
    expect(parseThaiDate('21 มีนาคม พ.ศ. 2561')).toBe('2018-03-21');
    expect(parseThaiDate('2018-03-21')).toBe('2018-03-21');
    expect(parseThaiDate('21/3/2018')).toBe('2018-03-21');
  });

  it('refuses impossible dates and nonsense', () => {
    expect(parseThaiDate('30/2/2561')).toBeNull();
    expect(parseThaiDate('29/2/2563')).toBe('2020-02-29');
    expect(parseThaiDate('29/2/2562')).toBeNull();
    expect(parseThaiDate('')).toBeNull();
    expect(parseThaiDate('soon')).toBeNull();
  });

  it('reads Excel serial dates, past the 1900 leap-year bug', () => {
    expect(fromExcelSerial(43180)).toBe('2018-03-21');
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(0)).toBeNull();
  });

  it('counts age in whole years', () => {
    expect(ageOn('1970-06-15', '2026-06-14')).toBe(55);
    expect(ageOn('1970-06-15', '2026-06-15')).toBe(56);
  });
});
