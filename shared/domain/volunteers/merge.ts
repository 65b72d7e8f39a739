// The plan for merging two records of one volunteer: for each field that differs, which side to
// keep (the survivor's unless it is empty); histories, phones, skills and target groups combined.
import type { ConsentEvent, StatusChange, TierChange, VolunteerFields } from './volunteer';
import { checkVolunteer, type VolunteerCheck } from './volunteer-rules';

/** The fields a person chooses a side for; the others are combined from both sides. */
export const choosableFields = [
  'titleCode',
  'firstNameTh',
  'lastNameTh',
  'firstNameEn',
  'lastNameEn',
  'nationalId',
  'birthDate',
  'gender',
  'email',
  'address',
  'joinedOn',
  'status',
  'tier',
  'photo',
] as const satisfies readonly (keyof VolunteerFields)[];
export type ChoosableField = (typeof choosableFields)[number];

/** Combined from both sides, whatever is chosen. */
export const combinedFields = [
  'phones',
  'skills',
  'targetGroups',
  'statusHistory',
  'tierHistory',
  'consent',
] as const satisfies readonly (keyof VolunteerFields)[];
export type CombinedField = (typeof combinedFields)[number];

export type MergeSide = 'survivor' | 'merged';
export type MergeChoices = Partial<Record<ChoosableField, MergeSide>>;

export type FieldDifference = {
  field: ChoosableField;
  chosen: MergeSide;
  /** The side kept when nobody chooses. */
  byDefault: MergeSide;
};

/** A combined list longer than the record allows: what did not fit (it stays in the merge log). */
export type TrimmedList = { field: CombinedField; left: string[] };

export type MergePlan = {
  differences: FieldDifference[];
  /** The combined fields that differ between the sides. */
  combined: CombinedField[];
  fields: VolunteerFields;
  trimmed: TrimmedList[];
  check: VolunteerCheck;
};

/** The reason written into a history entry that a merge adds to make a chosen value current. */
export const MERGE_HISTORY_REASON = 'รวมข้อมูลซ้ำ (merged duplicate records)';

const listLimits = { phones: 5, skills: 30, targetGroups: 7 } as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

/** Oldest first; equal entries once; on one day the survivor's entries before the merged one's. */
function combineHistory<T extends { on: string }>(
  first: readonly T[],
  second: readonly T[],
  keyOf: (entry: T) => unknown = (entry) => entry,
): T[] {
  const seen = new Set<string>();
  const all: T[] = [];
  for (const entry of [...first, ...second]) {
    const keyed = keyOf(entry) as object;
    const key = JSON.stringify(keyed, Object.keys(keyed).sort());
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(entry);
  }
  return all.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

function consentKey(event: ConsentEvent): ConsentEvent {
  return { ...event, purposes: [...event.purposes].sort() };
}

function unite<T>(first: readonly T[], second: readonly T[]): T[] {
  return [...new Set([...first, ...second])];
}

function defaultSideOf(
  field: ChoosableField,
  survivor: VolunteerFields,
  merged: VolunteerFields,
  latest: {
    status: StatusChange | undefined;
    tier: TierChange | undefined;
  },
): MergeSide {
  // The current status and tier are those of the latest entry of the combined histories.
  if (field === 'status' && latest.status) {
    return survivor.status === latest.status.status || merged.status !== latest.status.status
      ? 'survivor'
      : 'merged';
  }
  if (field === 'tier' && latest.tier) {
    return survivor.tier === latest.tier.tier || merged.tier !== latest.tier.tier
      ? 'survivor'
      : 'merged';
  }
  return isEmptyValue(survivor[field]) && !isEmptyValue(merged[field]) ? 'merged' : 'survivor';
}

/**
 * The merged record of `survivor` and `merged` under `choices`; `today` (YYYY-MM-DD) dates a history
 * entry added when the chosen status or tier is not the latest of the combined history, and is
 * the day the result is checked against.
 */
export function planMerge(
  survivor: VolunteerFields,
  merged: VolunteerFields,
  choices: MergeChoices,
  today: string,
): MergePlan {
  const statusHistory = combineHistory(survivor.statusHistory, merged.statusHistory);
  const tierHistory = combineHistory(survivor.tierHistory, merged.tierHistory);
  const consent = combineHistory(survivor.consent, merged.consent, consentKey);
  const latest = { status: statusHistory.at(-1), tier: tierHistory.at(-1) };

  const differences: FieldDifference[] = [];
  const chosen: Partial<VolunteerFields> = {};
  for (const field of choosableFields) {
    if (same(survivor[field], merged[field])) continue;
    const byDefault = defaultSideOf(field, survivor, merged, latest);
    const side = choices[field] ?? byDefault;
    differences.push({ field, chosen: side, byDefault });
    Object.assign(chosen, { [field]: (side === 'survivor' ? survivor : merged)[field] });
  }
  const fields: VolunteerFields = {
    ...survivor,
    ...chosen,
    statusHistory,
    tierHistory,
    consent,
    mergedInto: survivor.mergedInto,
  };
  if (latest.status && latest.status.status !== fields.status) {
    fields.statusHistory = [
      ...statusHistory,
      { status: fields.status, on: today, reason: MERGE_HISTORY_REASON },
    ];
  }
  if (latest.tier && latest.tier.tier !== fields.tier) {
    fields.tierHistory = [
      ...tierHistory,
      { tier: fields.tier, on: today, reason: MERGE_HISTORY_REASON },
    ];
  }

  const trimmed: TrimmedList[] = [];
  for (const field of ['phones', 'skills', 'targetGroups'] as const) {
    const all: string[] = unite<string>(survivor[field], merged[field]);
    const limit = listLimits[field];
    if (all.length > limit) trimmed.push({ field, left: all.slice(limit) });
    Object.assign(fields, { [field]: all.slice(0, limit) });
  }
  const combined = combinedFields.filter((field) => !same(survivor[field], merged[field]));
  return { differences, combined, fields, trimmed, check: checkVolunteer(fields, today) };
}
