// Opens the app's database, refusing (and leaving untouched) one written by a newer version of the app.
import { Dexie } from 'dexie';
import { UserFacingError } from '@shared/errors';
import type { AppDB } from './app-db';
import { latestVersion } from './migrations';

export async function openDatabase(db: AppDB): Promise<AppDB> {
  // Dexie 4 would open (and re-version) a database newer than it knows: look at the version first,
  // so that the newer app's data stays exactly as that app left it.
  if ((await installedVersion(db.name)) > latestVersion * 10) throw newerVersionError();
  try {
    await db.open();
  } catch (error) {
    if (error instanceof Dexie.VersionError) throw newerVersionError();
    throw error;
  }
  return db;
}

/** The IndexedDB version on disk (Dexie stores its version × 10), or 0 when there is none. */
async function installedVersion(name: string): Promise<number> {
  const databases = await indexedDB.databases();
  return databases.find((d) => d.name === name)?.version ?? 0;
}

function newerVersionError(): UserFacingError {
  return new UserFacingError('db.newer-version', {
    th: 'ข้อมูลในเครื่องนี้ถูกบันทึกโดยโปรแกรมรุ่นที่ใหม่กว่า จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย กรุณาติดตั้งโปรแกรมรุ่นล่าสุด ข้อมูลเดิมยังอยู่ครบ',
    en: 'The data on this computer was written by a newer version of the app. It was not opened, so nothing is damaged. Install the latest version; your data is still there.',
  });
}
