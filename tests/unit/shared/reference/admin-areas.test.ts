// The shipped reference data of administrative areas: counts, nesting, postcodes, known names.
import { describe, expect, it } from 'vitest';
import { ADMIN_AREAS_VERSION, loadAdminAreas } from '../../../../shared/reference/admin-areas';

const { provinces, districts, subdistricts } = loadAdminAreas();

describe('admin areas', () => {
  it('has the 77 provinces with two-digit codes', () => {
    expect(provinces).toHaveLength(77);
    expect(provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(77);
  });

  it('has about 928 districts and 7,400 subdistricts', () => {
    expect(districts.length).toBeGreaterThanOrEqual(900);
    expect(districts.length).toBeLessThanOrEqual(940);
    expect(subdistricts.length).toBeGreaterThanOrEqual(7200);
    expect(subdistricts.length).toBeLessThanOrEqual(7600);
  });

  it('nests every code in its parent, and every parent exists', () => {
    const provinceCodes = new Set(provinces.map((p) => p.code));
    const districtCodes = new Set(districts.map((d) => d.code));
    for (const d of districts) {
      expect(d.code).toMatch(/^\d{4}$/);
      expect(d.code.startsWith(d.provinceCode)).toBe(true);
      expect(provinceCodes.has(d.provinceCode)).toBe(true);
    }
    for (const s of subdistricts) {
      expect(s.code).toMatch(/^\d{6}$/);
      expect(s.code.startsWith(s.districtCode)).toBe(true);
      expect(s.districtCode.startsWith(s.provinceCode)).toBe(true);
      expect(districtCodes.has(s.districtCode)).toBe(true);
    }
  });

  it('gives every district a subdistrict and every province a district', () => {
    const withSubdistricts = new Set(subdistricts.map((s) => s.districtCode));
    const withDistricts = new Set(districts.map((d) => d.provinceCode));
    expect(districts.filter((d) => !withSubdistricts.has(d.code))).toEqual([]);
    expect(provinces.filter((p) => !withDistricts.has(p.code))).toEqual([]);
  });

  it('uses each code once', () => {
    expect(new Set(districts.map((d) => d.code)).size).toBe(districts.length);
    expect(new Set(subdistricts.map((s) => s.code)).size).toBe(subdistricts.length);
  });

  it('gives every subdistrict at least one five-digit postcode', () => {
    for (const s of subdistricts) {
      expect(s.postcodes.length).toBeGreaterThan(0);
      for (const postcode of s.postcodes) expect(postcode).toMatch(/^\d{5}$/);
    }
  });

  it('has Thai and English names everywhere', () => {
    for (const area of [...provinces, ...districts, ...subdistricts]) {
      expect(area.nameTh).toMatch(/[\u0e00-\u0e7f]/);
      expect(area.nameEn).toMatch(/^[A-Za-z]/);
    }
  });

  it('knows Bangkok, Phitsanulok and Bueng Kan by their codes', () => {
    expect(provinces.find((p) => p.code === '10')).toMatchObject({ nameTh: 'กรุงเทพมหานคร' });
    expect(provinces.find((p) => p.code === '65')).toMatchObject({
      nameTh: 'พิษณุโลก',
      nameEn: 'Phitsanulok',
    });
    expect(provinces.find((p) => p.code === '38')).toMatchObject({ nameTh: 'บึงกาฬ' });
    expect(districts.filter((d) => d.provinceCode === '10')).toHaveLength(50);
    expect(districts.find((d) => d.code === '6501')).toMatchObject({ nameTh: 'เมืองพิษณุโลก' });
  });

  it('keeps Bangkok names without the เขต and แขวง prefixes', () => {
    expect(districts.find((d) => d.code === '1007')).toMatchObject({ nameTh: 'ปทุมวัน' });
    expect(subdistricts.find((s) => s.code === '100704')).toMatchObject({
      nameTh: 'ลุมพินี',
      postcodes: ['10330'],
    });
  });

  it('keeps the source codes for most subdistricts', () => {
    const provisional = subdistricts.filter((s) => s.isCodeProvisional);
    expect(provisional.length / subdistricts.length).toBeLessThan(0.2);
    for (const s of provisional) expect(Number(s.code.slice(4))).toBeGreaterThan(50);
  });

  it('names its version after the source package', () => {
    expect(ADMIN_AREAS_VERSION).toMatch(/^thai-address-universal@\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
