// Demo volunteers: a realistic corps for a set of centres, every record made from the seed and its
// own index alone, so that any slice can be made again without the records before it.
import { loadAdminAreas, type Subdistrict } from '../reference/admin-areas';
import type { Organisation } from '../domain/organisations/organisation';
import type { StatusChange, TargetGroup, VolunteerFields } from '../domain/volunteers/volunteer';
import { targetGroups } from '../domain/volunteers/volunteer';
import {
  demoSkills,
  familyNames,
  femaleGivenNames,
  maleGivenNames,
  villageNames,
} from './lists/names';
import { demoNationalId } from './national-id';
import { createRandom, pickSome, pickWeighted, seedKeys, type Random, type Seed } from './random';
import { uuidFrom } from './uuid';

export type DemoVolunteer = VolunteerFields & { id: string; owner: string };

export type DemoVolunteersOptions = {
  seed: Seed;
  /** The centres that own them, round robin; each needs a province. */
  centres: readonly Organisation[];
  count: number;
  /** Where in the corps to start, for making a slice. */
  start?: number;
};

const AS_OF_YEAR = 2026;

const statusReasons = {
  paused: 'ขอพักการปฏิบัติงานชั่วคราว',
  resigned: 'ลาออก',
  deceased: 'ถึงแก่กรรม',
} as const;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateIn(random: Random, year: number): string {
  return `${year}-${pad2(random.between(1, 12))}-${pad2(random.between(1, 28))}`;
}

function subdistrictsByProvince(): Map<string, Subdistrict[]> {
  const byProvince = new Map<string, Subdistrict[]>();
  for (const s of loadAdminAreas().subdistricts) {
    const list = byProvince.get(s.provinceCode) ?? [];
    list.push(s);
    byProvince.set(s.provinceCode, list);
  }
  return byProvince;
}

function titleFor(random: Random, gender: 'male' | 'female', age: number): string {
  if (gender === 'male') return random.chance(0.02) ? 'acting-sub-lt' : 'mr';
  return age > 30 && random.chance(0.7) ? 'mrs' : 'miss';
}

function phoneOf(random: Random): string {
  return `0${random.pick(['6', '8', '9'])}${String(random.below(100_000_000)).padStart(8, '0')}`;
}

function volunteerAt(
  seed: Seed,
  key: number,
  index: number,
  centre: Organisation,
  areas: readonly Subdistrict[],
): DemoVolunteer {
  const random = createRandom(seed, index + 1);
  const gender = random.chance(0.68) ? 'female' : 'male';
  const age = random.between(20, 78);
  const birthDate = dateIn(random, AS_OF_YEAR - age);
  const [firstNameTh, firstNameEn] = random.pick(
    gender === 'male' ? maleGivenNames : femaleGivenNames,
  );
  const [lastNameTh, lastNameEn] = random.pick(familyNames);
  const area = random.pick(areas);
  const joinedYear = Math.max(AS_OF_YEAR - age + 20, AS_OF_YEAR - random.between(0, 25));
  const phones = [phoneOf(random)];
  if (random.chance(0.15)) phones.push(phoneOf(random));
  const id = uuidFrom(random);
  const joinedOn = dateIn(random, Math.min(joinedYear, AS_OF_YEAR - 1));
  const status = pickWeighted(random, [
    ['active', 85],
    ['paused', 8],
    ['resigned', 6],
    ['deceased', 1],
  ] as const);
  const tier = pickWeighted(random, [
    ['A', 15],
    ['B', 45],
    ['C', 25],
    [null, 15],
  ] as const);
  const statusHistory: StatusChange[] = [{ status: 'active', on: joinedOn, reason: '' }];
  if (status !== 'active') {
    statusHistory.push({ status, on: dateIn(random, AS_OF_YEAR), reason: statusReasons[status] });
  }
  return {
    id,
    owner: centre.code,
    titleCode: titleFor(random, gender, age),
    firstNameTh,
    lastNameTh,
    firstNameEn: random.chance(0.6) ? firstNameEn : '',
    lastNameEn: random.chance(0.6) ? lastNameEn : '',
    nationalId: demoNationalId(key, index, AS_OF_YEAR - age < 1984, area.districtCode),
    birthDate,
    gender,
    phones,
    email: random.chance(0.3) ? `${firstNameEn.toLowerCase()}.${index}@example.org` : '',
    address: {
      houseNo: `${random.between(1, 299)}${random.chance(0.2) ? `/${random.between(1, 30)}` : ''}`,
      moo: String(random.between(1, 15)),
      village: random.pick(villageNames),
      street: '',
      provinceCode: area.provinceCode,
      districtCode: area.districtCode,
      subdistrictCode: area.code,
      postcode: area.postcodes[0] ?? '10000',
    },
    joinedOn,
    status,
    tier,
    skills: pickSome(random, demoSkills, random.between(0, 3)),
    targetGroups: pickSome<TargetGroup>(random, targetGroups, random.between(1, 3)),
    statusHistory,
    tierHistory: tier ? [{ tier, on: `${AS_OF_YEAR - 1}-09-30`, reason: 'ประเมินประจำปี' }] : [],
    consent: [
      {
        kind: 'given',
        on: joinedOn,
        purposes: ['registry', 'training', 'contact'],
        method: 'paper',
        note: '',
      },
    ],
    photo: null,
    mergedInto: null,
  };
}

/** Volunteers `start … start+count-1`, made one at a time. */
export function* demoVolunteers(options: DemoVolunteersOptions): Generator<DemoVolunteer> {
  const { seed, centres, count, start = 0 } = options;
  if (centres.length === 0) throw new RangeError('demo volunteers need at least one centre');
  const byProvince = subdistrictsByProvince();
  const areasOf = centres.map((c) => {
    const areas = c.provinceCode ? byProvince.get(c.provinceCode) : undefined;
    if (!areas?.length) throw new RangeError(`demo volunteers: centre ${c.code} has no province`);
    return areas;
  });
  const [key] = seedKeys(seed);
  for (let index = start; index < start + count; index++) {
    const which = index % centres.length;
    yield volunteerAt(seed, key, index, centres[which]!, areasOf[which]!);
  }
}

/** The same volunteers in chunks, for bulk writes. */
export function* demoVolunteerChunks(
  options: DemoVolunteersOptions & { chunkSize: number },
): Generator<DemoVolunteer[]> {
  let chunk: DemoVolunteer[] = [];
  for (const volunteer of demoVolunteers(options)) {
    chunk.push(volunteer);
    if (chunk.length === options.chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
