// The open conflicts as the screens show them: the list with each record's name, and one conflict
// with the local version beside it.
import type { AppDB, ConflictEntry } from '../app-db';
import { incomingFrom } from './open-conflicts';

/** What a person recognises a record by: a volunteer's name, a registration's number. */
export type RecordName =
  | { kind: 'person'; titleCode: string; firstNameTh: string; lastNameTh: string }
  | { kind: 'text'; text: string };

export type ConflictRow = {
  seq: number;
  table: string;
  recordId: string;
  name: RecordName;
  owner: string;
  /** The installation that made the incoming version's last change. */
  from: string;
  receivedAt: string;
};

export type ConflictWithLocal = {
  conflict: ConflictEntry;
  /** The local version in force; null if the record is gone (the conflict then cannot be resolved). */
  local: Record<string, unknown> | null;
};

export function nameOfRecord(table: string, record: Record<string, unknown>): RecordName {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  if (table === 'volunteers' || table === 'participants') {
    return {
      kind: 'person',
      titleCode: text('titleCode'),
      firstNameTh: text('firstNameTh'),
      lastNameTh: text('lastNameTh'),
    };
  }
  if (table === 'rounds') {
    return {
      kind: 'text',
      text: `${text('startsOn')} ${text('venue')}`.trim() || String(record.id),
    };
  }
  const named = text('number') || text('nameTh') || text('titleTh');
  return { kind: 'text', text: named || String(record.id) };
}

/** Every open conflict, oldest first, named after the local version of its record. */
export async function openConflictRows(db: AppDB): Promise<ConflictRow[]> {
  const conflicts = await db.conflicts.toArray();
  const locals = new Map<string, Record<string, unknown>>();
  for (const table of new Set(conflicts.map((c) => c.table))) {
    const ids = conflicts.filter((c) => c.table === table).map((c) => c.recordId);
    const found = (await db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
    found.forEach((record, i) => record && locals.set(`${table}|${ids[i]}`, record));
  }
  return conflicts.map((conflict) => {
    const record = locals.get(`${conflict.table}|${conflict.recordId}`) ?? conflict.incoming;
    return {
      seq: conflict.seq!,
      table: conflict.table,
      recordId: conflict.recordId,
      name: nameOfRecord(conflict.table, record),
      owner: String(record.owner ?? ''),
      from: incomingFrom(conflict),
      receivedAt: conflict.receivedAt,
    };
  });
}

/** One open conflict and the local version it stands beside; null once it is closed. */
export async function conflictWithLocal(db: AppDB, seq: number): Promise<ConflictWithLocal | null> {
  const conflict = await db.conflicts.get(seq);
  if (!conflict) return null;
  const local = (await db.table(conflict.table).get(conflict.recordId)) as
    Record<string, unknown> | undefined;
  return { conflict, local: local ?? null };
}
