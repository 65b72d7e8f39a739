// The enrol panel's search: volunteers of the registry found as one types, from the registry's own
// indexes, each with what tells two people of the same name apart and whether they are in the round.
import { fullName } from '@shared/domain/people/full-name';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { emptyFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import { parseSearchQuery } from '@shared/domain/volunteers/volunteer-search';
import type { AppDB } from '../app-db';
import { queryVolunteerIds, volunteersByIds } from '../volunteer-query';
import { volunteerIdsInRound } from './participants';

export type VolunteerChoice = {
  id: string;
  name: string;
  nationalId: string;
  /** Subdistrict and district names. */
  area: string;
  status: VolunteerStatus;
  inRound: boolean;
};

export type VolunteerSearch = { choices: VolunteerChoice[]; total: number };

/** Shown at once; the person types more to narrow the rest. */
export const SEARCH_LIMIT = 20;

/**
 * Too short to search: a lone letter would read a large part of the name index, and a few digits
 * a large part of the id index, on every key typed.
 */
export function isSearchable(text: string): boolean {
  const query = parseSearchQuery(text);
  if (query.kind === 'none') return false;
  if (query.kind === 'name') return query.words.join('').length >= 2;
  return query.prefix.length >= 4;
}

export async function searchVolunteersToEnrol(
  db: AppDB,
  roundId: string,
  text: string,
  language: 'th' | 'en',
): Promise<VolunteerSearch> {
  if (!isSearchable(text)) return { choices: [], total: 0 };
  const [ids, inRound] = await Promise.all([
    queryVolunteerIds(db, { ...emptyFilter, q: text }),
    volunteerIdsInRound(db, roundId),
  ]);
  const volunteers = await volunteersByIds(db, ids.slice(0, SEARCH_LIMIT));
  const [districts, subdistricts] = await Promise.all([
    db.districts.bulkGet(volunteers.map((v) => v.address.districtCode)),
    db.subdistricts.bulkGet(volunteers.map((v) => v.address.subdistrictCode)),
  ]);
  const nameOf = (area: { nameTh: string; nameEn: string } | undefined) =>
    area ? (language === 'en' && area.nameEn ? area.nameEn : area.nameTh) : '';
  const choices = volunteers.map((v, i) => ({
    id: v.id,
    name: fullName(v, 'th'),
    nationalId: formatThaiId(v.nationalId),
    area: [nameOf(subdistricts[i]), nameOf(districts[i])].filter(Boolean).join(', '),
    status: v.status,
    inRound: inRound.has(v.id),
  }));
  return { choices, total: ids.length };
}
