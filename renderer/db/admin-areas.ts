// The Interior Ministry's administrative areas as tables: loaded from the data shipped with the app
// when it changes, and read by the address picker through indexes.
import type { AppDB } from './app-db';

const VERSION_KEY = 'adminAreasVersion';

/** Loads the shipped reference data into its tables, once per data version. */
export async function ensureAdminAreas(db: AppDB): Promise<void> {
  const { ADMIN_AREAS_VERSION, loadAdminAreas } = await import('@shared/reference/admin-areas');
  const loaded = await db.meta.get(VERSION_KEY);
  if (loaded?.value === ADMIN_AREAS_VERSION) return;
  const { provinces, districts, subdistricts } = loadAdminAreas();
  await db.transaction('rw', [db.provinces, db.districts, db.subdistricts, db.meta], async () => {
    await Promise.all([db.provinces.clear(), db.districts.clear(), db.subdistricts.clear()]);
    await db.provinces.bulkPut(provinces);
    await db.districts.bulkPut(districts);
    await db.subdistricts.bulkPut(subdistricts);
    await db.meta.put({ key: VERSION_KEY, value: ADMIN_AREAS_VERSION });
  });
}

export function listProvinces(db: AppDB) {
  return db.provinces.toArray();
}

export function listDistricts(db: AppDB, provinceCode: string) {
  return db.districts.where('provinceCode').equals(provinceCode).toArray();
}

export function listSubdistricts(db: AppDB, districtCode: string) {
  return db.subdistricts.where('districtCode').equals(districtCode).toArray();
}

export function getProvince(db: AppDB, code: string) {
  return db.provinces.get(code);
}
