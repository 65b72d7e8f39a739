// The registry list's filters and sort, as they live in the URL (so a view can be bookmarked and
// the back button works), and the test a record must pass.
import type { QualityTier, TargetGroup, VolunteerStatus } from './volunteer';
import { qualityTiers, targetGroups, volunteerStatuses } from './volunteer';

export const ageBands = ['under-30', '30-44', '45-59', '60-69', '70-plus'] as const;
export type AgeBand = (typeof ageBands)[number];
export const registrationFilters = ['registered', 'unregistered'] as const;
export type RegistrationFilter = (typeof registrationFilters)[number];
export const sortKeys = ['name', 'nationalId', 'age', 'joinedOn', 'status', 'tier'] as const;
export type SortKey = (typeof sortKeys)[number];

export type VolunteerFilter = {
  q: string;
  status: VolunteerStatus[];
  tier: (QualityTier | '-')[];
  province: string;
  district: string;
  subdistrict: string;
  registration: RegistrationFilter | '';
  age: AgeBand | '';
  group: TargetGroup | '';
  skill: string;
  sort: SortKey;
  desc: boolean;
};

export const emptyFilter: VolunteerFilter = {
  q: '',
  status: [],
  tier: [],
  province: '',
  district: '',
  subdistrict: '',
  registration: '',
  age: '',
  group: '',
  skill: '',
  sort: 'name',
  desc: false,
};

function oneOf<T extends string>(list: readonly T[], value: string | null): T | '' {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';
}

function manyOf<T extends string>(list: readonly T[], value: string | null): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (list as readonly string[]).includes(v));
}

function code(value: string | null, digits: number): string {
  return value !== null && new RegExp(`^\\d{${digits}}$`).test(value) ? value : '';
}

/** Reads a filter from URL search parameters; anything unknown or malformed is ignored. */
export function filterFromParams(params: URLSearchParams): VolunteerFilter {
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    status: manyOf(volunteerStatuses, params.get('status')),
    tier: manyOf([...qualityTiers, '-'] as const, params.get('tier')),
    province: code(params.get('province'), 2),
    district: code(params.get('district'), 4),
    subdistrict: code(params.get('subdistrict'), 6),
    registration: oneOf(registrationFilters, params.get('registration')),
    age: oneOf(ageBands, params.get('age')),
    group: oneOf(targetGroups, params.get('group')),
    skill: (params.get('skill') ?? '').slice(0, 100),
    sort: oneOf(sortKeys, params.get('sort')) || 'name',
    desc: params.get('desc') === '1',
  };
}

/** Writes only what differs from the empty filter, so URLs stay short. */
export function filterToParams(filter: VolunteerFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.status.length) params.set('status', filter.status.join(','));
  if (filter.tier.length) params.set('tier', filter.tier.join(','));
  for (const key of [
    'province',
    'district',
    'subdistrict',
    'registration',
    'age',
    'group',
    'skill',
  ] as const) {
    if (filter[key]) params.set(key, filter[key]);
  }
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.desc) params.set('desc', '1');
  return params;
}

/** The birth dates (inclusive, `YYYY-MM-DD`) of people in an age band on a given day. */
export function birthRangeOf(band: AgeBand, today: string): [string, string] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const born = (yearsAgo: number) =>
    `${String(y - yearsAgo).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const after = (iso: string) => {
    const t = new Date(`${iso}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + 1);
    return t.toISOString().slice(0, 10);
  };
  const ranges: Record<AgeBand, [number, number | null]> = {
    'under-30': [0, 30],
    '30-44': [30, 45],
    '45-59': [45, 60],
    '60-69': [60, 70],
    '70-plus': [70, null],
  };
  const [min, max] = ranges[band];
  // Aged at least `min`: born on or before today − min years; under `max`: born after today − max.
  return [max === null ? '0000-01-01' : after(born(max)), born(min)];
}

export function hasAnyFilter(filter: VolunteerFilter): boolean {
  const { sort: _s, desc: _d, ...rest } = filter;
  return Object.values(rest).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}
