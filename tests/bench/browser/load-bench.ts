// Bulk load of demo volunteers: through the app's write layer, and through raw IndexedDB as the
// baseline, from the same generated records.
import { demoVolunteerChunks, generateDemoCentres, type DemoVolunteer } from '@shared/demo';
import { volunteerIndexFields } from '@shared/domain/volunteers/volunteer-index';
import { AppDB, DATABASE_NAME } from '@renderer/db/app-db';
import { saveInstallation } from '@renderer/db/installation';
import { migrations } from '@renderer/db/migrations';
import { createWriter } from '@renderer/db/write';

const CHUNK = 5_000;

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function generate(count: number): { records: DemoVolunteer[][]; ms: number } {
  const started = performance.now();
  const centres = generateDemoCentres({ seed: 7, count: 313 });
  const records = [...demoVolunteerChunks({ seed: 7, centres, count, chunkSize: CHUNK })];
  return { records, ms: performance.now() - started };
}

/** The volunteers table's index declarations in the latest schema (without the primary key). */
function declaredIndexes(): string[] {
  const declared = migrations.findLast((m) => m.stores.volunteers)!.stores.volunteers!;
  return declared
    .split(',')
    .map((x) => x.trim())
    .slice(1);
}

/** How many index entries IndexedDB keeps for a record: one per distinct key of each index. */
function indexEntriesOf(record: object): number {
  let entries = 0;
  for (const spec of declaredIndexes()) {
    const path = spec.replace(/^\*/, '').split('.');
    const value = path.reduce<unknown>((v, step) => (v as Record<string, unknown>)?.[step], record);
    if (spec.startsWith('*')) entries += Array.isArray(value) ? new Set(value).size : 0;
    else if (value !== undefined && value !== null) entries += 1;
  }
  return entries;
}

/**
 * Generates `count` volunteers, loads them through the write layer, returns both times and the
 * index entries of an average record.
 */
async function writeLayer(
  count: number,
): Promise<{ generateMs: number; loadMs: number; indexEntries: number }> {
  await deleteDatabase(DATABASE_NAME);
  const db = new AppDB();
  await db.open();
  const { records, ms: generateMs } = generate(count);
  const writer = createWriter(db, { installationId: 'DSDW-1', organisation: 'DSDW' });
  const started = performance.now();
  for (const chunk of records) {
    await writer.createMany(
      'volunteers',
      chunk.map((v) => ({ ...v, owner: 'DSDW' })),
    );
  }
  const loadMs = performance.now() - started;
  const stored = await db.volunteers.count();
  const sample = await db.volunteers.limit(1_000).toArray();
  const indexEntries = sample.reduce((sum, v) => sum + indexEntriesOf(v), 0) / sample.length;
  // Set up as the department, so that the app itself can open this database afterwards.
  await saveInstallation(db, {
    organisation: {
      code: 'DSDW',
      kind: 'department',
      nameTh: 'กรมพัฒนาสังคมและสวัสดิการ',
      nameEn: 'DSDW',
      provinceCode: null,
    },
    installationNumber: 1,
    installationId: 'DSDW-1',
    createdAt: new Date().toISOString(),
  });
  db.close();
  if (stored !== count) throw new Error(`write layer stored ${stored} of ${count}`);
  return { generateMs, loadMs, indexEntries };
}

/**
 * Puts `records` in one raw IndexedDB transaction, into a new database `name` whose store has the
 * app's indexes; returns the time from the first put to the commit.
 */
export async function timeRawPut(name: string, records: readonly object[]): Promise<number> {
  await deleteDatabase(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('volunteers', { keyPath: 'id' });
      // Exactly the indexes the app declares for the table, read from its latest schema.
      for (const spec of declaredIndexes()) {
        const multiEntry = spec.startsWith('*');
        const keyPath = spec.replace(/^\*/, '');
        store.createIndex(keyPath, keyPath, { multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('volunteers', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('volunteers');
    for (const record of records) store.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** The same records with `put` in one raw IndexedDB transaction, into a store with the same indexes. */
async function rawIndexedDb(count: number): Promise<{ loadMs: number }> {
  const { records } = generate(count);
  const at = new Date().toISOString();
  // The records as the app stores them, list indexes included, made before the clock starts.
  const ready = records.flat().map((v, i) => {
    const stored = {
      ...v,
      owner: 'DSDW',
      vv: { 'DSDW-1': 1 },
      updatedAt: at,
      updatedBy: 'DSDW-1',
      deletedAt: null,
      lc: i + 1,
    };
    // `seq` as the app's middleware stamps it (volunteer-seq.ts), one number per chunk.
    return { ...stored, ix: { ...volunteerIndexFields(stored), seq: Math.floor(i / CHUNK) + 1 } };
  });
  return { loadMs: await timeRawPut('bench-raw', ready) };
}

export const loadBenchmarks = { writeLayer, rawIndexedDb };
