// Finding likely duplicate volunteers through the list indexes: runs of one national id in
// `ix.nid`, and runs of one birth date in `ix.birth` whose names are then compared within the run.
// Tombstones (deleted or merged records) are in neither index, so they never come up.
import {
  pairKey,
  pairsWithin,
  possibleDuplicatesOf,
  reasonText,
  type DuplicateReason,
  type PossibleDuplicate,
} from '@shared/domain/volunteers/duplicates';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import type { AppDB, VolunteerRecord } from './app-db';

export type DuplicatePairOfRecords = {
  left: VolunteerRecord;
  right: VolunteerRecord;
  reason: DuplicateReason;
  text: { th: string; en: string };
};

export const DEFAULT_PAIR_LIMIT = 200;

/** Records fetched together while comparing birth-date runs. */
const RUN_BATCH = 500;

/** The primary keys of each run of two or more records sharing one key of `index`, in index order. */
async function runsOf(db: AppDB, index: 'ix.nid' | 'ix.birth'): Promise<string[][]> {
  const runs: string[][] = [];
  let run: string[] = [];
  let runKey: unknown = undefined;
  await db.volunteers.orderBy(index).eachKey((key, cursor) => {
    if (key !== runKey) {
      if (run.length > 1) runs.push(run);
      run = [];
      runKey = key;
    }
    run.push(String(cursor.primaryKey));
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * Likely pairs, at most `limit`: same national id first, then same birth date with the same or
 * nearly the same name.
 */
export async function findDuplicatePairs(
  db: AppDB,
  { limit = DEFAULT_PAIR_LIMIT }: { limit?: number } = {},
): Promise<DuplicatePairOfRecords[]> {
  return db.transaction('r', db.volunteers, async () => {
    const found: DuplicatePairOfRecords[] = [];
    const seen = new Set<string>();
    const add = (left: VolunteerRecord, right: VolunteerRecord, reason: DuplicateReason) => {
      const key = pairKey(left.id, right.id);
      if (seen.has(key) || found.length >= limit) return;
      seen.add(key);
      found.push({ left, right, reason, text: reasonText(reason) });
    };

    for (const run of await runsOf(db, 'ix.nid')) {
      if (found.length >= limit) return found;
      const records = await liveRecords(db, run);
      for (let i = 0; i < records.length; i++)
        for (let k = i + 1; k < records.length; k++)
          add(records[i]!, records[k]!, 'same-national-id');
    }

    const runs = await runsOf(db, 'ix.birth');
    for (let start = 0; start < runs.length && found.length < limit;) {
      // Whole runs per batch, so that every run is compared within itself only.
      const batch: string[][] = [];
      let size = 0;
      while (
        start < runs.length &&
        (batch.length === 0 || size + runs[start]!.length <= RUN_BATCH)
      ) {
        size += runs[start]!.length;
        batch.push(runs[start++]!);
      }
      const byId = new Map((await liveRecords(db, batch.flat())).map((r) => [r.id, r]));
      for (const run of batch) {
        const records = run.map((id) => byId.get(id)).filter((r) => r !== undefined);
        for (const pair of pairsWithin(records)) {
          add(byId.get(pair.leftId)!, byId.get(pair.rightId)!, pair.reason);
        }
      }
    }
    return found;
  });
}

async function liveRecords(db: AppDB, ids: readonly string[]): Promise<VolunteerRecord[]> {
  const records = await db.volunteers.bulkGet([...ids]);
  return records.filter((r): r is VolunteerRecord => r !== undefined && r.deletedAt === null);
}

export type PossibleDuplicateRecord = PossibleDuplicate<VolunteerRecord>;

/**
 * The live records that may be the person being typed into the add form (or being edited, when
 * `fields.id` is set): the same national id, or the same birth date with the same or nearly the
 * same name; strongest reason first.
 */
export async function findPossibleDuplicates(
  db: AppDB,
  fields: Partial<VolunteerFields> & { id?: string },
): Promise<PossibleDuplicateRecord[]> {
  return db.transaction('r', db.volunteers, async () => {
    const byId = new Map<string, VolunteerRecord>();
    if (fields.nationalId) {
      for (const r of await db.volunteers.where('ix.nid').equals(fields.nationalId).toArray())
        byId.set(r.id, r);
    }
    if (fields.birthDate) {
      for (const r of await db.volunteers.where('ix.birth').equals(fields.birthDate).toArray())
        byId.set(r.id, r);
    }
    return possibleDuplicatesOf(fields, [...byId.values()]);
  });
}
