// The values the registry's list indexes: derived from a volunteer's fields on every write, kept
// under `ix` in the local database only, and left empty on a tombstone so that deleted and merged
// records drop out of every list index at once.
import { thaiSortKey } from '../text/thai-sort-key';
import type { QualityTier, TargetGroup, VolunteerFields, VolunteerStatus } from './volunteer';

export type VolunteerIndexFields = {
  /** Thai dictionary order of "first last" (see thaiSortKey). */
  sort: string;
  nid: string;
  phones: string[];
  status: VolunteerStatus;
  /** `-` for no tier: an index cannot hold null. */
  tier: QualityTier | '-';
  prov: string;
  dist: string;
  subd: string;
  birth: string;
  joined: string;
  groups: TargetGroup[];
  skills: string[];
};

type Indexable = VolunteerFields & { deletedAt: string | null };

export function volunteerIndexFields(v: Indexable): VolunteerIndexFields | Record<string, never> {
  if (v.deletedAt !== null) return {};
  return {
    sort: thaiSortKey(`${v.firstNameTh} ${v.lastNameTh}`),
    nid: v.nationalId,
    phones: v.phones,
    status: v.status,
    tier: v.tier ?? '-',
    prov: v.address.provinceCode,
    dist: v.address.districtCode,
    subd: v.address.subdistrictCode,
    birth: v.birthDate,
    joined: v.joinedOn,
    groups: v.targetGroups,
    skills: v.skills,
  };
}

/**
 * The Dexie index declarations over those fields as version 30 made them (a shipped migration is
 * never edited; later versions declare their own changes).
 */
export const volunteerIndexSpec = [
  'ix.sort',
  '*ix.terms',
  'ix.nid',
  '*ix.phones',
  'ix.status',
  'ix.tier',
  'ix.prov',
  'ix.dist',
  'ix.subd',
  'ix.birth',
  'ix.joined',
  '*ix.groups',
  '*ix.skills',
] as const;
