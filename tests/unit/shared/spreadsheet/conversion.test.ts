// Each rule that turns a cell into a field: ids, dates, words, phones, village numbers, addresses.
import { describe, expect, it } from 'vitest';
import { loadAdminAreas } from '@shared/reference/admin-areas';
import {
  cellDate,
  cellText,
  createAddressLookup,
  matchHeaders,
  missingColumns,
  mappingToRemember,
  normaliseMoo,
  normalisePhone,
  readGender,
  readStatus,
  readTargetGroup,
  readTier,
  readTitle,
  splitList,
} from '@shared/spreadsheet';

const lookup = createAddressLookup(loadAdminAreas());

describe('header matching', () => {
  it('matches the Thai headers centres use, ignoring spaces and case', () => {
    expect(matchHeaders(['คำนำหน้า', ' ชื่อ ', 'ชื่อ(อังกฤษ)', 'เลขประจำตัว ประชาชน', 'EMAIL'])).toEqual([
      'title',
      'firstNameTh',
      'firstNameEn',
      'nationalId',
      'email',
    ]);
  });
  it('matches English headers and known aliases', () => {
    expect(matchHeaders(['National ID', 'Birth Date', 'เบอร์โทร', 'ตำบล/แขวง'])).toEqual([
      'nationalId',
      'birthDate',
      'phones',
      'subdistrict',
    ]);
  });
  it('leaves unknown headers and a second header for one column unmapped', () => {
    expect(matchHeaders(['หมายเหตุ', 'ชื่อ', 'First name (Thai)'])).toEqual([
      null,
      'firstNameTh',
      null,
    ]);
  });
  it('lets a remembered choice win over the built-in names', () => {
    const remembered = mappingToRemember(['ชื่อเล่น', 'ชื่อ'], ['firstNameTh', null]);
    expect(matchHeaders(['ชื่อเล่น', 'ชื่อ'], remembered)).toEqual(['firstNameTh', null]);
  });
  it('names the required columns a mapping leaves out', () => {
    expect(missingColumns(['title', 'firstNameTh'])).toContain('nationalId');
    expect(missingColumns(['title', 'firstNameTh'])).not.toContain('email');
  });
});

describe('cells', () => {
  it('reads a 13-digit number without exponent', () => {
    expect(cellText(3650100123452)).toBe('3650100123452');
  });
  it('reads Buddhist-era text dates, with Thai digits and month names', () => {
    expect(cellDate('21/3/2561')).toBe('2018-03-21');
    expect(cellDate('๒๑/๓/๒๕๖๑')).toBe('2018-03-21');
    expect(cellDate('21 มี.ค. 2561')).toBe('2018-03-21');
  });
  it('reads Excel serials, as numbers or text', () => {
    expect(cellDate(43180)).toBe('2018-03-21');
    expect(cellDate('43180')).toBe('2018-03-21');
  });
  it('takes the calendar day of a Date at UTC midnight and at Thai midnight alike', () => {
    expect(cellDate(new Date(Date.UTC(2018, 2, 21)))).toBe('2018-03-21');
    expect(cellDate(new Date('2018-03-21T00:00:00+07:00'))).toBe('2018-03-21');
  });
  it('refuses an impossible date and a bare year', () => {
    expect(cellDate('31/2/2561')).toBeNull();
    expect(cellDate(2561)).toBeNull();
  });
});

describe('words', () => {
  it('reads titles in Thai, English and abbreviations', () => {
    expect(readTitle('นางสาว')).toBe('miss');
    expect(readTitle('น.ส.')).toBe('miss');
    expect(readTitle('Mr.')).toBe('mr');
    expect(readTitle('คุณ')).toBeNull();
  });
  it('reads gender, status and tier', () => {
    expect(readGender('หญิง')).toBe('female');
    expect(readGender('Male')).toBe('male');
    expect(readStatus('เสียชีวิต')).toBe('deceased');
    expect(readStatus('พักการปฏิบัติงาน')).toBe('paused');
    expect(readTier('b')).toBe('B');
    expect(readTier('ระดับ A')).toBe('A');
    expect(readTier('D')).toBeNull();
  });
  it('reads target groups in Thai and English', () => {
    expect(readTargetGroup('ผู้สูงอายุ')).toBe('older-people');
    expect(readTargetGroup('คนพิการ')).toBe('people-with-disabilities');
    expect(readTargetGroup('Youth')).toBe('youth');
    expect(readTargetGroup('นักเรียน')).toBeNull();
  });
});

describe('phones and lists', () => {
  it('splits several phones on commas and slashes', () => {
    expect(splitList('081-234-5678, 089 111 2222 / 055123456').map(normalisePhone)).toEqual([
      '0812345678',
      '0891112222',
      '055123456',
    ]);
  });
  it('gives back the leading zero Excel drops, and reads +66 and Thai digits', () => {
    expect(normalisePhone('812345678')).toBe('0812345678');
    expect(normalisePhone('+66 81 234 5678')).toBe('0812345678');
    expect(normalisePhone('๐๘๑๒๓๔๕๖๗๘')).toBe('0812345678');
  });
  it('reads the village number alone', () => {
    expect(normaliseMoo('หมู่ 7')).toBe('7');
    expect(normaliseMoo('ม.๓')).toBe('3');
  });
});

describe('addresses', () => {
  it('finds codes from Thai names with or without prefixes', () => {
    const found = lookup.find({
      province: 'จ.พิษณุโลก',
      district: 'อำเภอเมืองพิษณุโลก',
      subdistrict: 'ต.ในเมือง',
      postcode: '',
    });
    expect(found).toEqual({
      ok: true,
      codes: {
        provinceCode: '65',
        districtCode: '6501',
        subdistrictCode: '650101',
        postcode: '65000',
      },
    });
  });
  it('finds codes from English names', () => {
    const found = lookup.find({
      province: 'Phitsanulok',
      district: 'Nakhon Thai',
      subdistrict: 'Nakhon Thai',
      postcode: '65120',
    });
    expect(found.ok && found.codes.subdistrictCode).toBe('650201');
  });
  it('says which part of the address it cannot find', () => {
    const found = lookup.find({
      province: 'พิษณุโลก',
      district: 'เมืองพิษณุโลก',
      subdistrict: 'ไม่มีตำบลนี้',
      postcode: '',
    });
    expect(found.ok ? null : found.problem.column).toBe('subdistrict');
    const noProvince = lookup.find({
      province: 'แอตแลนติส',
      district: 'x',
      subdistrict: 'y',
      postcode: '',
    });
    expect(noProvince.ok ? null : noProvince.problem.code).toBe('import.province-unknown');
  });
  it('refuses a postcode that is not the subdistrict’s', () => {
    const found = lookup.find({
      province: 'พิษณุโลก',
      district: 'เมืองพิษณุโลก',
      subdistrict: 'ในเมือง',
      postcode: '10200',
    });
    expect(found.ok ? null : found.problem.code).toBe('import.postcode-mismatch');
  });
  it('names codes back in Thai and English', () => {
    const codes = { provinceCode: '65', districtCode: '6501', subdistrictCode: '650101' };
    expect(lookup.names(codes, 'th')).toEqual({
      province: 'พิษณุโลก',
      district: 'เมืองพิษณุโลก',
      subdistrict: 'ในเมือง',
    });
    expect(lookup.names(codes, 'en').province).toBe('Phitsanulok');
  });
});
