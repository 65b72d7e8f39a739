// Demo coordination centres in their provinces, named as the real centres are.
import { centreCode } from '../domain/organisations/codes';
import type { Organisation } from '../domain/organisations/organisation';
import { loadAdminAreas, type Province } from '../reference/admin-areas';
import { createRandom, type Seed } from './random';

export type DemoCentresOptions = { seed: Seed; count: number };

/**
 * `count` centres, their provinces drawn from the seed: one a province while provinces last, then
 * second and later centres in the same order (313 gives the corps' real number).
 */
export function generateDemoCentres({ seed, count }: DemoCentresOptions): Organisation[] {
  const provinces = loadAdminAreas().provinces;
  const most = provinces.length * MAX_CENTRES_A_PROVINCE;
  if (!Number.isInteger(count) || count < 1 || count > most) {
    throw new RangeError(`demo centres: between 1 and ${most}`);
  }
  const random = createRandom(seed, 0xce17e5);
  const shuffled = [...provinces];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const centres: Organisation[] = [];
  for (let i = 0; i < count; i++) {
    centres.push(centreOf(shuffled[i % shuffled.length]!, Math.floor(i / shuffled.length) + 1));
  }
  return centres.sort((a, b) => a.code.localeCompare(b.code));
}

const MAX_CENTRES_A_PROVINCE = 9;

/** The centre numbered `serial` in a province; the first carries the province's name alone. */
export function centreOf(province: Province, serial = 1): Organisation {
  const th = `ศูนย์ประสานงานอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด${province.nameTh}`;
  const en = `${province.nameEn} Volunteer Coordination Centre`;
  return {
    code: centreCode(province.code, serial),
    kind: 'centre',
    nameTh: serial === 1 ? th : `${th} แห่งที่ ${serial}`,
    nameEn: serial === 1 ? en : `${en} No. ${serial}`,
    provinceCode: province.code,
  };
}
