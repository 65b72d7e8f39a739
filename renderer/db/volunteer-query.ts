// The registry list's query: the ids of the volunteers a filter selects, in its sort order, from
// the list indexes and the directory held in memory (names, target groups, skills). A search by id
// or phone, a name search, or else the narrowest criterion gives the candidates; the others are
// checked on those records; with no criterion the sort index itself gives the order.
import { todayIso } from '@shared/domain/dates/buddhist-era';
import {
  birthRangeOf,
  hasAnyFilter,
  type SortKey,
  type VolunteerFilter,
} from '@shared/domain/volunteers/volunteer-filter';
import type { VolunteerIndexFields } from '@shared/domain/volunteers/volunteer-index';
import { parseSearchQuery } from '@shared/domain/volunteers/volunteer-search';
import { tagsOfFilter } from '@shared/domain/volunteers/volunteer-tags';
import type { AppDB, VolunteerRecord } from './app-db';
import { findInDirectory } from './name-search/find-by-name';

type Ix = VolunteerIndexFields;
type VolunteerCollection = ReturnType<AppDB['volunteers']['toCollection']>;

const sortIndex: Record<SortKey, string> = {
  name: 'ix.sort',
  nationalId: 'ix.nid',
  age: 'ix.birth',
  joinedOn: 'ix.joined',
  status: 'ix.status',
  tier: 'ix.tier',
};

/** The index that keeps the list in a sort's order. */
export function sortIndexOf(key: SortKey): string {
  return sortIndex[key];
}

function sortValue(ix: Ix, key: SortKey): string {
  switch (key) {
    case 'name':
      return ix.sort;
    case 'nationalId':
      return ix.nid;
    case 'age':
      return ix.birth;
    case 'joinedOn':
      return ix.joined;
    case 'status':
      return ix.status;
    case 'tier':
      return ix.tier;
  }
}

/** The record's checks beyond the candidate index, all of which it must pass. */
function predicates(filter: VolunteerFilter, registered: Set<string> | null, today: string) {
  const checks: ((v: VolunteerRecord, ix: Ix) => boolean)[] = [];
  const query = parseSearchQuery(filter.q);
  // A name search gives the candidates themselves (findInDirectory), so it has no check here.
  if (query.kind === 'national-id') {
    checks.push((_v, ix) => ix.nid.startsWith(query.prefix));
  } else if (query.kind === 'phone') {
    checks.push((_v, ix) => ix.phones.some((p) => p.startsWith(query.prefix)));
  }
  if (filter.status.length) checks.push((_v, ix) => filter.status.includes(ix.status));
  if (filter.tier.length) checks.push((_v, ix) => filter.tier.includes(ix.tier));
  if (filter.province) checks.push((_v, ix) => ix.prov === filter.province);
  if (filter.district) checks.push((_v, ix) => ix.dist === filter.district);
  if (filter.subdistrict) checks.push((_v, ix) => ix.subd === filter.subdistrict);
  if (filter.group) checks.push((_v, ix) => ix.groups.includes(filter.group as never));
  if (filter.skill) checks.push((_v, ix) => ix.skills.includes(filter.skill));
  if (filter.age) {
    const [from, to] = birthRangeOf(filter.age, today);
    checks.push((_v, ix) => ix.birth >= from && ix.birth <= to);
  }
  if (registered && filter.registration === 'registered') checks.push((v) => registered.has(v.id));
  if (registered && filter.registration === 'unregistered')
    checks.push((v) => !registered.has(v.id));
  return checks;
}

/** An index range narrower than a group or a skill: an id or phone search, a subdistrict, a district. */
function narrowCandidates(db: AppDB, filter: VolunteerFilter): VolunteerCollection | null {
  const t = db.volunteers;
  const query = parseSearchQuery(filter.q);
  if (query.kind === 'national-id') return t.where('ix.nid').startsWith(query.prefix);
  if (query.kind === 'phone') return t.where('ix.phones').startsWith(query.prefix).distinct();
  // Codes nest (areCodesNested), so the subdistrict index answers districts and provinces too.
  if (filter.subdistrict) return t.where('ix.subd').equals(filter.subdistrict);
  if (filter.district) return t.where('ix.subd').startsWith(filter.district);
  return null;
}

/** The broader index ranges, most selective first; null when there is none. */
function broadCandidates(db: AppDB, filter: VolunteerFilter): VolunteerCollection | null {
  const t = db.volunteers;
  if (filter.province) return t.where('ix.subd').startsWith(filter.province);
  if (filter.tier.length) return t.where('ix.tier').anyOf(filter.tier);
  if (filter.age)
    return t.where('ix.birth').between(...birthRangeOf(filter.age, todayIso()), true, true);
  if (filter.status.length) return t.where('ix.status').anyOf(filter.status);
  return null;
}

/**
 * Whether the filter's candidates come from the directory held in memory, so that its answer waits
 * for the directory to load: a name search (with the filter's group and skill), or a group or skill
 * with no narrower index range beside it.
 */
export function readsDirectory(db: AppDB, filter: VolunteerFilter): boolean {
  if (parseSearchQuery(filter.q).kind === 'name') return true;
  return tagsOfFilter(filter).length > 0 && narrowCandidates(db, filter) === null;
}

/** The ids the directory finds for the filter's name search, group and skill, in name order. */
async function directoryIds(db: AppDB, filter: VolunteerFilter): Promise<string[]> {
  const query = parseSearchQuery(filter.q);
  const words = query.kind === 'name' ? query.words : [];
  return findInDirectory(db, { words, tags: tagsOfFilter(filter) });
}

/**
 * The records the directory finds (readsDirectory), else those of a narrow index range, else of a
 * broad one, else every live one.
 */
async function candidateRecords(db: AppDB, filter: VolunteerFilter): Promise<VolunteerRecord[]> {
  if (readsDirectory(db, filter)) return volunteersByIds(db, await directoryIds(db, filter));
  const range = narrowCandidates(db, filter) ?? broadCandidates(db, filter);
  return range ? range.toArray() : db.volunteers.where('ix.sort').above('').toArray();
}

async function registeredIds(db: AppDB): Promise<Set<string>> {
  const rows = await db.registrations.where('status').equals('registered').toArray();
  return new Set(rows.filter((r) => r.deletedAt === null).map((r) => r.volunteerId));
}

/** Above this many candidates, order them through the sort index instead of reading records. */
const READ_AND_SORT_LIMIT = 20_000;

/**
 * The ids selected without reading a record, where the filter allows: a search by id or phone
 * alone, in key order; a name search, a group and a skill, in the list's name order. Null when
 * some criterion needs the records.
 */
async function idsWithoutRecords(
  db: AppDB,
  filter: VolunteerFilter,
): Promise<{ ids: string[]; inNameOrder: boolean } | null> {
  if (hasAnyFilter({ ...filter, q: '', group: '', skill: '' })) return null;
  if (readsDirectory(db, filter)) return { ids: await directoryIds(db, filter), inNameOrder: true };
  const query = parseSearchQuery(filter.q);
  if (tagsOfFilter(filter).length || (query.kind !== 'national-id' && query.kind !== 'phone')) {
    return null;
  }
  const index = query.kind === 'phone' ? 'ix.phones' : 'ix.nid';
  const keys = (await db.volunteers
    .where(index)
    .startsWith(query.prefix)
    .primaryKeys()) as string[];
  return { ids: [...new Set(keys)], inNameOrder: false };
}

/** The ids the filter selects, in its order. Unfiltered lists come straight from the sort index. */
export async function queryVolunteerIds(db: AppDB, filter: VolunteerFilter): Promise<string[]> {
  const registered = filter.registration ? await registeredIds(db) : null;
  const ordered = () => {
    const all = db.volunteers.orderBy(sortIndex[filter.sort]);
    return (filter.desc ? all.reverse() : all).primaryKeys() as Promise<string[]>;
  };
  // A search of only spaces or signs selects no one out.
  const searches = parseSearchQuery(filter.q).kind !== 'none';
  if (!hasAnyFilter({ ...filter, q: searches ? filter.q : '' })) return ordered();
  const found = await idsWithoutRecords(db, filter);
  if (found) {
    if (filter.sort === 'name' && found.inNameOrder) {
      return filter.desc ? found.ids.reverse() : found.ids;
    }
    if (found.ids.length > READ_AND_SORT_LIMIT) {
      const wanted = new Set(found.ids);
      return (await ordered()).filter((id) => wanted.has(id));
    }
    return sortRecords(await volunteersByIds(db, found.ids), filter);
  }
  const records = await candidateRecords(db, filter);
  const checks = predicates(filter, registered, todayIso());
  return sortRecords(
    records.filter((v) => v.ix.sort !== undefined && checks.every((check) => check(v, v.ix as Ix))),
    filter,
  );
}

function sortRecords(records: VolunteerRecord[], filter: VolunteerFilter): string[] {
  const direction = filter.desc ? -1 : 1;
  records.sort((a, b) => {
    const x = sortValue(a.ix as Ix, filter.sort);
    const y = sortValue(b.ix as Ix, filter.sort);
    if (x !== y) return x < y ? -direction : direction;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return records.map((v) => v.id);
}

/** The records of a page of ids, in the same order. */
export async function volunteersByIds(
  db: AppDB,
  ids: readonly string[],
): Promise<VolunteerRecord[]> {
  const rows = await db.volunteers.bulkGet([...ids]);
  return rows.filter((r): r is VolunteerRecord => r !== undefined);
}
