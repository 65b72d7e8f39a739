// The series behind the "volunteers by province" chart: registered and not, one bar a province,
// the provinces with the most volunteers first.
import type { NationalRow } from './national-rows';

export type ProvinceBar = {
  provinceCode: string;
  nameTh: string;
  nameEn: string;
  registered: number;
  unregistered: number;
};

export function provinceSeries(
  rows: readonly NationalRow[],
  registered: ReadonlyMap<string, number>,
): ProvinceBar[] {
  const byProvince = new Map<string, ProvinceBar>();
  for (const row of rows) {
    if (!row.provinceCode || row.volunteers === 0) continue;
    const bar = byProvince.get(row.provinceCode) ?? {
      provinceCode: row.provinceCode,
      nameTh: row.provinceTh || row.provinceCode,
      nameEn: row.provinceEn || row.provinceCode,
      registered: 0,
      unregistered: 0,
    };
    const done = Math.min(registered.get(row.code) ?? 0, row.volunteers);
    bar.registered += done;
    bar.unregistered += row.volunteers - done;
    byProvince.set(row.provinceCode, bar);
  }
  return [...byProvince.values()].sort(
    (a, b) =>
      b.registered + b.unregistered - (a.registered + a.unregistered) ||
      a.provinceCode.localeCompare(b.provinceCode),
  );
}
