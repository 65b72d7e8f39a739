// Bulk load of demo volunteers: through the app's write layer, and through raw IndexedDB as the
// baseline, from the same generated records.
import { demoVolunteerChunks, generateDemoCentres, type DemoVolunteer } from '@shared/demo';
import { AppDB, DATABASE_NAME } from '@renderer/db/app-db';
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

/** Generates `count` volunteers, loads them through the write layer, returns both times. */
async function writeLayer(count: number): Promise<{ generateMs: number; loadMs: number }> {
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
  db.close();
  if (stored !== count) throw new Error(`write layer stored ${stored} of ${count}`);
  return { generateMs, loadMs };
}

/** The same records with `put` in one raw IndexedDB transaction, into a store with the same indexes. */
async function rawIndexedDb(count: number): Promise<{ loadMs: number }> {
  const name = 'bench-raw';
  await deleteDatabase(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('volunteers', { keyPath: 'id' });
      // The same secondary indexes as the app's table, so that the comparison is fair.
      for (const index of ['lc', 'owner', 'nationalId', 'status', 'updatedAt'])
        store.createIndex(index, index);
      store.createIndex('status+deletedAt', ['status', 'deletedAt']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const { records } = generate(count);
  const at = new Date().toISOString();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('volunteers', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('volunteers');
    let lc = 0;
    for (const chunk of records)
      for (const v of chunk)
        store.put({
          ...v,
          vv: { 'DSDW-1': 1 },
          updatedAt: at,
          updatedBy: 'DSDW-1',
          deletedAt: null,
          lc: ++lc,
        });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const loadMs = performance.now() - started;
  db.close();
  return { loadMs };
}

export const loadBenchmarks = { writeLayer, rawIndexedDb };
