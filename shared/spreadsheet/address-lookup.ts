// Finds an address's codes from the names people type (จังหวัด พิษณุโลก, อ.เมืองพิษณุโลก, ต.ในเมือง),
// in Thai or English, or from the codes themselves, and checks the postcode against the subdistrict.
import type { AdminAreas, District, Province, Subdistrict } from '../reference/admin-areas';
import { thaiDigitsToArabic } from '../domain/text/thai-digits';

export type AddressNames = {
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
};

export type AddressProblem = {
  column: 'province' | 'district' | 'subdistrict' | 'postcode';
  code: string;
  th: string;
  en: string;
};

export type AddressCodes = {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  postcode: string;
};

export type AddressLookup = {
  find(
    names: AddressNames,
  ): { ok: true; codes: AddressCodes } | { ok: false; problem: AddressProblem };
  names(
    codes: Omit<AddressCodes, 'postcode'>,
    language: 'th' | 'en',
  ): Omit<AddressNames, 'postcode'>;
};

const prefixes =
  /^(จังหวัด|จ\.|อำเภอ|อ\.|เขต|กิ่งอำเภอ|ตำบล|ต\.|แขวง|changwat|amphoe|khet|tambon|khwaeng)\s*/i;

/** A place name reduced for comparing: no prefix such as อำเภอ or ต., no spaces or dots, lower case. */
export function placeKey(name: string): string {
  return thaiDigitsToArabic(name)
    .trim()
    .replace(prefixes, '')
    .toLowerCase()
    .replace(/[\s.\-']/g, '');
}

type Named = { code: string; nameTh: string; nameEn: string };

function byName<T extends Named>(items: readonly T[], parentOf: (item: T) => string) {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const name of new Set([placeKey(item.nameTh), placeKey(item.nameEn), item.code])) {
      const key = `${parentOf(item)}|${name}`;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  return map;
}

export function createAddressLookup(areas: AdminAreas): AddressLookup {
  const provinces = byName<Province>(areas.provinces, () => '');
  const districts = byName<District>(areas.districts, (d) => d.provinceCode);
  const subdistricts = byName<Subdistrict>(areas.subdistricts, (s) => s.districtCode);
  const codes = {
    province: new Map(areas.provinces.map((p) => [p.code, p])),
    district: new Map(areas.districts.map((d) => [d.code, d])),
    subdistrict: new Map(areas.subdistricts.map((s) => [s.code, s])),
  };

  function find(names: AddressNames) {
    const fail = (column: AddressProblem['column'], code: string, th: string, en: string) =>
      ({ ok: false, problem: { column, code, th, en } }) as const;
    const province = provinces.get(`|${placeKey(names.province)}`)?.[0];
    if (!names.province.trim())
      return fail('province', 'import.province-missing', 'กรุณากรอกจังหวัด', 'Enter the province.');
    if (!province)
      return fail(
        'province',
        'import.province-unknown',
        `ไม่พบจังหวัด "${names.province}"`,
        `No province called "${names.province}".`,
      );
    if (!names.district.trim())
      return fail('district', 'import.district-missing', 'กรุณากรอกอำเภอ', 'Enter the district.');
    const district = districts.get(`${province.code}|${placeKey(names.district)}`)?.[0];
    if (!district)
      return fail(
        'district',
        'import.district-unknown',
        `ไม่พบอำเภอ "${names.district}" ในจังหวัด${province.nameTh}`,
        `No district called "${names.district}" in ${province.nameEn}.`,
      );
    if (!names.subdistrict.trim())
      return fail(
        'subdistrict',
        'import.subdistrict-missing',
        'กรุณากรอกตำบล',
        'Enter the subdistrict.',
      );
    const postcode = thaiDigitsToArabic(names.postcode).replace(/\s/g, '');
    const found = subdistricts.get(`${district.code}|${placeKey(names.subdistrict)}`) ?? [];
    // Two subdistricts of one district rarely share a name; the postcode then tells them apart.
    const subdistrict = found.find((s) => s.postcodes.includes(postcode)) ?? found[0];
    if (!subdistrict)
      return fail(
        'subdistrict',
        'import.subdistrict-unknown',
        `ไม่พบตำบล "${names.subdistrict}" ในอำเภอ${district.nameTh} จังหวัด${province.nameTh}`,
        `No subdistrict called "${names.subdistrict}" in ${district.nameEn}, ${province.nameEn}.`,
      );
    if (postcode && !subdistrict.postcodes.includes(postcode))
      return fail(
        'postcode',
        'import.postcode-mismatch',
        `รหัสไปรษณีย์ ${postcode} ไม่ใช่ของตำบล${subdistrict.nameTh} (ที่ถูกคือ ${subdistrict.postcodes.join(', ')})`,
        `Postcode ${postcode} is not ${subdistrict.nameEn}'s (${subdistrict.postcodes.join(', ')}).`,
      );
    return {
      ok: true,
      codes: {
        provinceCode: province.code,
        districtCode: district.code,
        subdistrictCode: subdistrict.code,
        postcode: postcode || (subdistrict.postcodes[0] ?? ''),
      },
    } as const;
  }

  /** Names to write for codes; a code itself where its name would not find it again uniquely. */
  function names(c: Omit<AddressCodes, 'postcode'>, language: 'th' | 'en') {
    const key = language === 'th' ? 'nameTh' : 'nameEn';
    const nameOf = <T extends Named>(
      item: T | undefined,
      index: Map<string, T[]>,
      parent: string,
      code: string,
    ) => {
      if (!item) return code;
      const name = item[key];
      return index.get(`${parent}|${placeKey(name)}`)?.length === 1 ? name : code;
    };
    return {
      province: nameOf(codes.province.get(c.provinceCode), provinces, '', c.provinceCode),
      district: nameOf(
        codes.district.get(c.districtCode),
        districts,
        c.provinceCode,
        c.districtCode,
      ),
      subdistrict: nameOf(
        codes.subdistrict.get(c.subdistrictCode),
        subdistricts,
        c.districtCode,
        c.subdistrictCode,
      ),
    };
  }

  return { find, names };
}
