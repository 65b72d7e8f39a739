// Thailand's provinces, districts and subdistricts with the Interior Ministry's codes: the default
// reference data the app ships, built by scripts/build-reference-data.mjs (see README.md here).
import data from './data/admin-areas.json';

export type Province = { code: string; nameTh: string; nameEn: string };

export type District = { code: string; provinceCode: string; nameTh: string; nameEn: string };

export type Subdistrict = {
  code: string;
  districtCode: string;
  provinceCode: string;
  nameTh: string;
  nameEn: string;
  /** Most have one; a few are served by several post offices. */
  postcodes: string[];
  /**
   * True when the source had no usable code for it (none, or one that belongs to another
   * district) and the build gave it one counted down from 99 inside its district.
   */
  isCodeProvisional: boolean;
};

export type AdminAreas = {
  provinces: Province[];
  districts: District[];
  subdistricts: Subdistrict[];
};

/** Changes whenever the shipped data changes, so that the app knows to reload its tables. */
export const ADMIN_AREAS_VERSION: string = data.version;

export const ADMIN_AREAS_SOURCE = { source: data.source, licence: data.licence } as const;

function text(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('admin-areas.json: expected a string');
  return value;
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value)) throw new TypeError('admin-areas.json: expected a list');
  return value.map(text);
}

/** Fresh arrays each call, sorted by code; parents follow from the codes (2, 4, 6 digits). */
export function loadAdminAreas(): AdminAreas {
  const provinces = data.provinces.map((row): Province => ({
    code: text(row[0]),
    nameTh: text(row[1]),
    nameEn: text(row[2]),
  }));
  const districts = data.districts.map((row): District => {
    const code = text(row[0]);
    return { code, provinceCode: code.slice(0, 2), nameTh: text(row[1]), nameEn: text(row[2]) };
  });
  const subdistricts = data.subdistricts.map((row): Subdistrict => {
    const code = text(row[0]);
    return {
      code,
      districtCode: code.slice(0, 4),
      provinceCode: code.slice(0, 2),
      nameTh: text(row[1]),
      nameEn: text(row[2]),
      postcodes: texts(row[3]),
      isCodeProvisional: row.length > 4,
    };
  });
  return { provinces, districts, subdistricts };
}
