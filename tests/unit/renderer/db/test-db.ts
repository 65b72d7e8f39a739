// A fresh app database for each test, over fake-indexeddb (a real IndexedDB implementation).
import { AppDB } from '@renderer/db/app-db';

let counter = 0;

export async function freshDb(upToVersion?: number): Promise<AppDB> {
  counter += 1;
  const db = new AppDB(`test-${Date.now()}-${counter}`, upToVersion);
  await db.open();
  return db;
}
