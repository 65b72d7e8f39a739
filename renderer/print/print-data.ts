// What the print documents read from the database: the list's rows in the list's order, one
// volunteer with the names of their areas, registration and photo.
import { ageOn, todayIso } from '@shared/domain/dates/buddhist-era';
import { fullName } from '@shared/domain/people/full-name';
import { formatThaiId } from '@shared/domain/people/thai-id';
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { AppDB, RegistrationRecord, VolunteerRecord } from '../db/app-db';
import { queryVolunteerIds, volunteersByIds } from '../db/volunteer-query';

export type PrintLanguage = 'th' | 'en';

export type ListRow = {
  id: string;
  name: string;
  nationalId: string;
  age: number | null;
  area: string;
  status: VolunteerStatus;
  tier: string;
};

/** Area names by code, in the language of the document. */
export type AreaNames = Map<string, string>;

type Named = { code: string; nameTh: string; nameEn: string };

/** Read in slices, so that 5,000 records never sit in one bulkGet. */
const SLICE = 500;

function nameIn(area: Named | undefined, language: PrintLanguage): string {
  if (!area) return '';
  return language === 'en' && area.nameEn ? area.nameEn : area.nameTh;
}

/** Names of the given province, district and subdistrict codes; unknown codes are left out. */
export async function loadAreaNames(
  db: AppDB,
  codes: Iterable<string>,
  language: PrintLanguage,
): Promise<AreaNames> {
  const unique = [...new Set(codes)].filter(Boolean);
  const [provinces, districts, subdistricts] = await Promise.all([
    db.provinces.bulkGet(unique.filter((c) => c.length === 2)),
    db.districts.bulkGet(unique.filter((c) => c.length === 4)),
    db.subdistricts.bulkGet(unique.filter((c) => c.length === 6)),
  ]);
  const names: AreaNames = new Map();
  for (const area of [...provinces, ...districts, ...subdistricts]) {
    if (area) names.set(area.code, nameIn(area, language));
  }
  return names;
}

/** The rows the list screen shows for this filter, in the same order. */
export async function loadListRows(
  db: AppDB,
  filter: VolunteerFilter,
  language: PrintLanguage,
  /** A selection made on the list, printed in the filter's order instead of the whole list. */
  selection?: readonly string[],
): Promise<ListRow[]> {
  const listed = await queryVolunteerIds(db, filter);
  const chosen = selection ? new Set(selection) : null;
  const ids = chosen ? listed.filter((id) => chosen.has(id)) : listed;
  const records: VolunteerRecord[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    records.push(...(await volunteersByIds(db, ids.slice(i, i + SLICE))));
  }
  const areas = await loadAreaNames(
    db,
    records.flatMap((v) => [v.address.districtCode, v.address.subdistrictCode]),
    language,
  );
  const today = todayIso();
  return records.map((v) => ({
    id: v.id,
    name: fullName(v, language),
    nationalId: formatThaiId(v.nationalId),
    age: ageOn(v.birthDate, today),
    area: [areas.get(v.address.subdistrictCode), areas.get(v.address.districtCode)]
      .filter(Boolean)
      .join(' / '),
    status: v.status,
    tier: v.tier ?? '–',
  }));
}

export type RecordSheet = {
  volunteer: VolunteerRecord;
  areas: AreaNames;
  registration: RegistrationRecord | null;
  /** An object URL of the photo, to be revoked by whoever shows it. */
  photoUrl: string | null;
  ownerName: string;
};

/** One volunteer and what their sheet shows beside the record; null when there is no such record. */
export async function loadRecordSheet(
  db: AppDB,
  id: string,
  language: PrintLanguage,
): Promise<RecordSheet | null> {
  const volunteer = await db.volunteers.get(id);
  if (!volunteer || volunteer.deletedAt !== null) return null;
  const { provinceCode, districtCode, subdistrictCode } = volunteer.address;
  const [areas, registrations, photo, owner] = await Promise.all([
    loadAreaNames(db, [provinceCode, districtCode, subdistrictCode], language),
    db.registrations.where('volunteerId').equals(id).toArray(),
    volunteer.photo ? db.attachments.get(volunteer.photo.sha256) : undefined,
    db.organisations.where('code').equals(volunteer.owner).first(),
  ]);
  const registration =
    registrations.filter((r) => r.deletedAt === null).sort((a, b) => (a.on < b.on ? 1 : -1))[0] ??
    null;
  return {
    volunteer,
    areas,
    registration,
    photoUrl: photo ? URL.createObjectURL(photo.bytes) : null,
    ownerName: owner ? nameIn(owner, language) : volunteer.owner,
  };
}
