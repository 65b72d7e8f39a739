// The rows of the register as the screen shows them: each organisation in code order, its province's
// names from the provinces table, and the volunteer records it owns here.
import type { AppDB, OrganisationRecord } from '../../../db/app-db';
import { organisationsByCode, volunteersHeld } from '../../../db/organisations';

export type OrganisationRow = {
  record: OrganisationRecord;
  provinceTh: string;
  provinceEn: string;
  /** Volunteer records it owns here, counted on the owner index. */
  volunteers: number;
};

export async function organisationRows(
  db: AppDB,
  { retired }: { retired: boolean },
): Promise<OrganisationRow[]> {
  const [records, held, provinces] = await Promise.all([
    organisationsByCode(db, { retired }),
    volunteersHeld(db),
    db.provinces.toArray(),
  ]);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  return records.map((record) => {
    const province = record.provinceCode ? byCode.get(record.provinceCode) : undefined;
    return {
      record,
      provinceTh: province?.nameTh ?? '',
      provinceEn: province?.nameEn ?? '',
      volunteers: held.get(record.code) ?? 0,
    };
  });
}
