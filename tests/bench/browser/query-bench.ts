// Registry queries over the loaded national database: search by name, by id, three filters, and
// a target group with a skill, each the median of 20 runs of the app's own list query, once the names are loaded for search
// (which the app does when it is first idle; that load is timed too).
import { AppDB } from '@renderer/db/app-db';
import { directorySource } from '@renderer/db/name-search/directory-source';
import { prepareNameSearch } from '@renderer/db/name-search/find-by-name';
import { queryVolunteerIds } from '@renderer/db/volunteer-query';
import { emptyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeQueries(db: AppDB, filters: VolunteerFilter[]) {
  const times: number[] = [];
  let found = 0;
  for (const filter of filters) {
    const started = performance.now();
    const ids = await queryVolunteerIds(db, filter);
    times.push(performance.now() - started);
    found += ids.length;
  }
  return { medianMs: median(times), averageFound: found / filters.length };
}

/** Every volunteer read with raw IndexedDB, 2,000 at a time in key order: the names load's baseline. */
async function rawReadAll(name: string): Promise<number> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  let after: IDBValidKey | null = null;
  for (;;) {
    const page: { id: string }[] = await new Promise((resolve, reject) => {
      const store = idb.transaction('volunteers').objectStore('volunteers');
      const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const request = store.getAll(range, 2_000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (page.length < 2_000) break;
    after = page[page.length - 1]!.id;
  }
  const ms = performance.now() - started;
  idb.close();
  return ms;
}

/**
 * The memory the names' worker holds for its directory, measured by loading the same directory in
 * this page between two garbage collections (a worker's heap cannot be read from a page).
 */
async function directoryHeapBytes(db: AppDB): Promise<number> {
  const page = globalThis as unknown as {
    gc?: () => void;
    performance: { memory?: { usedJSHeapSize: number } };
  };
  const used = () => {
    page.gc?.();
    return page.performance.memory?.usedJSHeapSize ?? 0;
  };
  const before = used();
  const source = directorySource(db);
  await source.ready();
  const after = used();
  // Still held here, so that the collection above could not take it.
  if (!source.isLoaded()) throw new Error('directory not loaded');
  return after - before;
}

async function queries() {
  const db = new AppDB();
  await db.open();
  // Inputs drawn from the data itself, so that every query finds someone.
  const sample = await db.volunteers.limit(20).toArray();
  // Districts that have volunteers, in code order: a subdistrict's code starts with its district's.
  const subdistricts = await db.volunteers.orderBy('ix.subd').uniqueKeys();
  const districts = [...new Set(subdistricts.map((code) => String(code).slice(0, 4)))];
  const nameFilters = sample.map((v) => ({ ...emptyFilter, q: v.lastNameTh.slice(0, 3) }));
  const fullNameFilters = sample.map((v) => ({
    ...emptyFilter,
    q: `${v.firstNameTh} ${v.lastNameTh.slice(0, 2)}`,
  }));
  const idFilters = sample.map((v) => ({ ...emptyFilter, q: v.nationalId }));
  const threeFilters = Array.from({ length: 20 }, (_, i) => ({
    ...emptyFilter,
    status: ['active' as const],
    tier: ['B' as const],
    district: String(districts[(i * 7) % districts.length]),
  }));
  // A target group and a skill of each sampled volunteer (the first of each, when it has them).
  const groupAndSkillFilters = sample.map((v) => ({
    ...emptyFilter,
    group: v.targetGroups[0] ?? '',
    skill: v.skills[0] ?? '',
  }));
  const namesStarted = performance.now();
  await prepareNameSearch(db);
  const namesLoadMs = performance.now() - namesStarted;
  const result = {
    namesLoadMs,
    rawReadAllMs: await rawReadAll(db.name),
    name: await timeQueries(db, nameFilters),
    fullName: await timeQueries(db, fullNameFilters),
    id: await timeQueries(db, idFilters),
    threeFilters: await timeQueries(db, threeFilters),
    groupAndSkill: await timeQueries(db, groupAndSkillFilters),
    directoryHeapBytes: await directoryHeapBytes(db),
  };
  db.close();
  return result;
}

export const queryBenchmarks = { queries };
