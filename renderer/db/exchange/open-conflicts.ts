// The conflicts that wait for a person (bundle-format.md, "Records"): what an incoming version does
// beside them, and closing them with an audit entry that says how, once a version covers them.
import { effectOf, type ApplyEffect } from '@shared/bundle/exchange-rules';
import type { VersionVector } from '@shared/domain/records/exchange-fields';
import { compareVectors } from '@shared/domain/records/version-vector';
import type { AppDB, AuditEntry, ConflictEntry } from '../app-db';

/** How a conflict was closed: by a person's choice, or by a version that covers both sides. */
export type ConflictOutcome = 'kept-local' | 'took-incoming' | 'merged' | 'superseded';

/**
 * What the audit keeps of a closed conflict. The conflict entry itself is deleted: the table holds
 * only what waits for a person, and a stale version of someone's record is not kept past its use
 * (PDPA); the audit keeps who closed it, when, how, and field names, never values.
 */
export type ConflictClosing = {
  /** The conflict's number in the conflicts table. */
  seq: number;
  recordId: string;
  /** The installation that made the incoming version's last change. */
  from: string;
  receivedAt: string;
  outcome: ConflictOutcome;
  /** Fields whose value was taken from the incoming version. */
  fromIncoming: string[];
};

/** An audit entry that also says which conflicts it closed. */
export type ConflictAuditEntry = AuditEntry & { conflicts: ConflictClosing[] };

export function vectorOf(conflict: ConflictEntry): VersionVector {
  return (conflict.incoming.vv ?? {}) as VersionVector;
}

export function incomingFrom(conflict: ConflictEntry): string {
  return String(conflict.incoming.updatedBy ?? '');
}

/** `a` is `b` or newer. */
export function covers(a: VersionVector, b: VersionVector): boolean {
  const order = compareVectors(a, b);
  return order === 'dominates' || order === 'equal';
}

/** The open conflicts of these records of `table`, by record id. */
export async function openConflictsOf(
  db: AppDB,
  table: string,
  recordIds: readonly string[],
): Promise<Map<string, ConflictEntry[]>> {
  const keys = [...new Set(recordIds)].map((id) => [table, id]);
  const found = keys.length
    ? await db.conflicts.where('[table+recordId]').anyOf(keys).toArray()
    : [];
  const out = new Map<string, ConflictEntry[]>();
  for (const conflict of found) {
    out.set(conflict.recordId, [...(out.get(conflict.recordId) ?? []), conflict]);
  }
  return out;
}

/**
 * bundle-format.md's effect of an incoming version, given the record's open conflicts: a version
 * that an open conflict already holds, or holds a newer one of, is nothing new (a bundle sent again
 * before its acknowledgement came back carries the same version once more).
 */
export function effectBesideConflicts(
  incoming: VersionVector,
  local: VersionVector | undefined,
  open: readonly ConflictEntry[],
): ApplyEffect {
  const effect = effectOf(incoming, local);
  if (effect === 'conflicts' && open.some((c) => covers(vectorOf(c), incoming))) return 'unchanged';
  return effect;
}

/** The open conflicts that a version `vv` covers: both sides are in its history. */
export function coveredBy(vv: VersionVector, open: readonly ConflictEntry[]): ConflictEntry[] {
  return open.filter((c) => covers(vv, vectorOf(c)));
}

export function closingOf(
  conflict: ConflictEntry,
  outcome: ConflictOutcome,
  fromIncoming: string[] = [],
): ConflictClosing {
  return {
    seq: conflict.seq!,
    recordId: conflict.recordId,
    from: incomingFrom(conflict),
    receivedAt: conflict.receivedAt,
    outcome,
    fromIncoming,
  };
}

/** Deletes the closed conflicts; the caller's audit entry carries their closings. */
export async function closeConflicts(db: AppDB, closings: readonly ConflictClosing[]) {
  await db.conflicts.bulkDelete(closings.map((c) => c.seq));
}
