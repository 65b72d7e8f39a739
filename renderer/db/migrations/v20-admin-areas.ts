// Version 20: the Interior Ministry's provinces, districts and subdistricts as reference tables.
import type { Migration } from './migration';

export const v20AdminAreas: Migration = {
  version: 20,
  stores: {
    provinces: 'code',
    districts: 'code, provinceCode',
    subdistricts: 'code, districtCode, *postcodes',
  },
};
