// A conflict's two versions field by field: which fields differ, which of them a person picks a
// side for, and the record that keeping the local version, taking the incoming one, or a pick per
// field makes of them.
import { isDomainField } from '../write';

export type ConflictSide = 'local' | 'incoming';

export type ConflictChoice =
  | { kind: 'keep-local' }
  | { kind: 'take-incoming' }
  /** A side per field; a field left out keeps the local value. */
  | { kind: 'merged'; fields: Readonly<Record<string, ConflictSide>> };

/**
 * Fields that follow another when a side is picked, so that they stay in step: a history with the
 * value it records (the volunteer's rules check that the status is its history's last), the link
 * of a merged record with its deletion.
 */
const followers: Readonly<Record<string, string>> = {
  statusHistory: 'status',
  tierHistory: 'tier',
  mergedInto: 'deletedAt',
};

/** The field whose pick decides `field`'s side. */
export function chooserOf(field: string): string {
  return followers[field] ?? field;
}

/** Equal as data, whatever the order of an object's keys. */
export function isSameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The record's own fields, then its deletion: what a person compares and chooses between. */
export function comparedFields(local: object, incoming: object): string[] {
  const keys = new Set([...Object.keys(local), ...Object.keys(incoming)]);
  return [...[...keys].filter(isDomainField), 'deletedAt'];
}

/** The compared fields whose values differ, in the record's own order. */
export function differingFields(local: object, incoming: object): string[] {
  const l = local as Record<string, unknown>;
  const r = incoming as Record<string, unknown>;
  return comparedFields(local, incoming).filter((key) => !isSameValue(l[key], r[key]));
}

/** The fields a person picks a side for: the choosers of the differing fields. */
export function choosableFields(differing: readonly string[]): string[] {
  return [...new Set(differing.map(chooserOf))];
}

/** The side a choice takes for `field` (after its chooser). */
export function sideOf(choice: ConflictChoice, field: string): ConflictSide {
  if (choice.kind === 'keep-local') return 'local';
  if (choice.kind === 'take-incoming') return 'incoming';
  return choice.fields[chooserOf(field)] ?? 'local';
}

export type ChosenVersion = {
  /** The record's own fields and `deletedAt`, as chosen. */
  fields: Record<string, unknown>;
  /** The differing fields whose value comes from the incoming version. */
  fromIncoming: string[];
  /** The differing fields whose value the local record changes to. */
  changed: string[];
};

/** The record's own fields and deletion as `choice` makes them from the two versions. */
export function chooseVersion(
  local: object,
  incoming: object,
  choice: ConflictChoice,
): ChosenVersion {
  const sides: Record<ConflictSide, Record<string, unknown>> = {
    local: local as Record<string, unknown>,
    incoming: incoming as Record<string, unknown>,
  };
  const fields: Record<string, unknown> = {};
  for (const key of comparedFields(local, incoming)) {
    const value = sides[sideOf(choice, key)][key];
    if (value !== undefined) fields[key] = value;
  }
  const differing = differingFields(local, incoming);
  return {
    fields,
    fromIncoming: differing.filter((key) => sideOf(choice, key) === 'incoming'),
    changed: differing.filter((key) => !isSameValue(fields[key], sides.local[key])),
  };
}
