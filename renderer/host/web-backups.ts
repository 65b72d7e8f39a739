// Backups in the web host: kept in a database of their own beside the app's, newest 30 kept.
import { Dexie, type EntityTable } from 'dexie';
import type { BackupEntry, OpenedFile } from '@shared/host';
import { UserFacingError } from '@shared/errors';

type StoredBackup = { name: string; bytes: Uint8Array; createdAt: string };

const KEEP = 30;

class BackupDB extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('opm-centre-backups', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'name, createdAt' });
  }
}

const backupDb = new BackupDB();

function entryOf(backup: StoredBackup): BackupEntry {
  return { name: backup.name, bytes: backup.bytes.byteLength, createdAt: backup.createdAt };
}

export async function writeBackup(name: string, bytes: Uint8Array): Promise<BackupEntry> {
  const backup = { name, bytes, createdAt: new Date().toISOString() };
  await backupDb.transaction('rw', backupDb.backups, async () => {
    await backupDb.backups.put(backup);
    const old = await backupDb.backups.orderBy('createdAt').reverse().offset(KEEP).primaryKeys();
    await backupDb.backups.bulkDelete(old);
  });
  return entryOf(backup);
}

export async function listBackups(): Promise<BackupEntry[]> {
  const all = await backupDb.backups.orderBy('createdAt').reverse().toArray();
  return all.map(entryOf);
}

export async function readBackup(name: string): Promise<OpenedFile> {
  const backup = await backupDb.backups.get(name);
  if (!backup) {
    throw new UserFacingError('backup.not-found', {
      th: `ไม่พบไฟล์สำรองข้อมูล ${name}`,
      en: `No backup named ${name}.`,
    });
  }
  return { name: backup.name, bytes: backup.bytes };
}
