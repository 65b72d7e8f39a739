// Keeps a NameDirectory in step with the volunteers table: loaded once in pages, then brought up
// to date before each search from the volunteers stamped since (volunteer-seq.ts).
import {
  createNameDirectory,
  type DirectoryQuery,
  type ListOrder,
  type NameDirectory,
} from '@shared/domain/volunteers/name-directory';
import { searchableName } from '@shared/domain/volunteers/volunteer-search';
import { volunteerTags } from '@shared/domain/volunteers/volunteer-tags';
import type { AppDB, VolunteerRecord } from '../app-db';
import { totalOf, volunteerCounts } from '../volunteer-counts';
import { latestVolunteerSeq, volunteerDeletesSoFar, type StampedIndex } from '../volunteer-seq';

/** Records read per request while loading: large enough to be quick, small enough to stay light. */
const PAGE = 2_000;

export type DirectorySource = {
  /** Loads the directory if it is not yet loaded. */
  ready(): Promise<void>;
  /**
   * The ids the query finds, in the list's name order, once the directory holds every write up to
   * `seq` (latestVolunteerSeq).
   */
  find(query: DirectoryQuery, seq: number): Promise<string[]>;
  /** The ids at positions [from, to) of the whole list in an order, or its reverse; as `find`. */
  slice(from: number, to: number, order: ListOrder, seq: number): Promise<string[]>;
  /** Whether the names have been loaded, so that an answer does not wait for them. */
  isLoaded(): boolean;
};

/**
 * How far a load has gone: records read of the live volunteers the registry counts (a deleted one
 * is read too, so `loaded` is kept at or below `total`).
 */
export type LoadProgress = { loaded: number; total: number };

type Loaded = { directory: NameDirectory; seenSeq: number; deletes: number };

function keep(directory: NameDirectory, v: VolunteerRecord): void {
  if (v.deletedAt !== null || v.ix.sort === undefined) {
    directory.remove(v.id);
    return;
  }
  directory.put({
    id: v.id,
    sort: v.ix.sort,
    name: searchableName([v.firstNameTh, v.lastNameTh], [v.firstNameEn, v.lastNameEn]),
    tags: volunteerTags(v.targetGroups, v.skills),
    keys: {
      nationalId: v.ix.nid,
      age: v.ix.birth,
      joinedOn: v.ix.joined,
      status: v.ix.status,
      tier: v.ix.tier,
    },
  });
}

function seqOf(v: VolunteerRecord): number {
  return (v as StampedIndex).ix?.seq ?? 0;
}

/**
 * Every volunteer, page by page in id order. The stamp is read first: whatever is written while
 * the pages are read carries a later one, so the next catch-up reads it again.
 */
async function load(db: AppDB, onProgress: (progress: LoadProgress) => void): Promise<Loaded> {
  const seenSeq = await latestVolunteerSeq(db);
  const deletes = await volunteerDeletesSoFar(db);
  // The kept counts, as counting the table would read every record once more.
  const total = totalOf(await volunteerCounts(db));
  const directory = createNameDirectory();
  let after: string | null = null;
  let read = 0;
  for (;;) {
    const from =
      after === null ? db.volunteers.toCollection() : db.volunteers.where('id').above(after);
    const page: VolunteerRecord[] = await from.limit(PAGE).toArray();
    for (const v of page) keep(directory, v);
    read += page.length;
    onProgress({ loaded: Math.min(read, total), total });
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  // Puts the names in list order now, rather than at the first search.
  directory.find({ words: [] });
  return { directory, seenSeq, deletes };
}

/** Applies the volunteers stamped after the last look; a hard delete means loading again. */
async function catchUp(
  db: AppDB,
  loaded: Loaded,
  seq: number,
  onProgress: (progress: LoadProgress) => void,
): Promise<Loaded> {
  if (loaded.seenSeq >= seq) return loaded;
  if ((await volunteerDeletesSoFar(db)) !== loaded.deletes) return load(db, onProgress);
  const changed = await db.volunteers.where('ix.seq').above(loaded.seenSeq).toArray();
  for (const v of changed) {
    keep(loaded.directory, v);
    loaded.seenSeq = Math.max(loaded.seenSeq, seqOf(v));
  }
  // Everything stamped up to `seq` had committed before the query above, so it was in its answer.
  loaded.seenSeq = Math.max(loaded.seenSeq, seq);
  return loaded;
}

/** `onProgress` hears of each page read while the directory loads, the first time or again. */
export function directorySource(
  db: AppDB,
  onProgress: (progress: LoadProgress) => void = () => {},
): DirectorySource {
  // One step at a time: two catch-ups applied out of order could put back an older version.
  let latest: Promise<Loaded> | null = null;
  let isLoaded = false;
  const step = (next: (loaded: Loaded) => Promise<Loaded>): Promise<Loaded> => {
    const previous = latest ?? load(db, onProgress);
    latest = previous.then(next, () => load(db, onProgress));
    return latest;
  };
  const current = async (seq: number) => {
    const loaded = await step((l) => catchUp(db, l, seq, onProgress));
    isLoaded = true;
    return loaded.directory;
  };
  return {
    async ready() {
      await (latest ??= load(db, onProgress));
      isLoaded = true;
    },
    async find(query, seq) {
      return (await current(seq)).find(query);
    },
    async slice(from, to, order, seq) {
      return (await current(seq)).slice(from, to, order);
    },
    isLoaded: () => isLoaded,
  };
}
