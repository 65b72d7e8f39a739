// Backups in one folder (userData/backups): written atomically, listed newest first, the oldest pruned.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../shared/errors';
import type { BackupEntry, OpenedFile } from '../../shared/host';
import { readFileLimited, writeFileAtomic } from './files';

export const defaultBackupsKept = 30;
/** Backups are whole databases; one larger than this is not ours. */
export const maxBackupBytes = 1024 * 1024 * 1024;

/** Letters, digits, dots, hyphens and underscores; no hidden files, no temporary files. */
export function isBackupName(name: string): boolean {
  return (
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(name) &&
    !name.includes('..') &&
    !name.endsWith('.tmp')
  );
}

export async function writeBackup(
  folder: string,
  name: string,
  bytes: Uint8Array,
  kept = defaultBackupsKept,
): Promise<BackupEntry> {
  const filePath = backupPath(folder, name);
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(filePath, bytes);
  await pruneBackups(folder, kept, name);
  return entryFor(filePath);
}

/** Every backup in the folder, newest first (by the time it was written, then by name). */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const found = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  const names = found.filter((entry) => entry.isFile() && isBackupName(entry.name));
  const entries = await Promise.all(names.map((entry) => entryFor(path.join(folder, entry.name))));
  return entries.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
}

export async function readBackup(folder: string, name: string): Promise<OpenedFile> {
  const filePath = backupPath(folder, name);
  try {
    return { name, bytes: await readFileLimited(filePath, maxBackupBytes) };
  } catch (error) {
    if (error instanceof UserFacingError && error.code === 'file-not-found') {
      throw new UserFacingError('backup-not-found', {
        th: `ไม่พบข้อมูลสำรอง "${name}"`,
        en: `Backup "${name}" was not found.`,
      });
    }
    throw error;
  }
}

/** Deletes all but the newest `kept` backups; the one just written always stays. */
export async function pruneBackups(folder: string, kept: number, justWritten?: string) {
  const others = (await listBackups(folder)).filter((entry) => entry.name !== justWritten);
  const room = Math.max(justWritten === undefined ? kept : kept - 1, 0);
  const surplus = others.slice(room);
  await Promise.all(surplus.map((entry) => rm(path.join(folder, entry.name), { force: true })));
}

function backupPath(folder: string, name: string): string {
  if (!isBackupName(name)) {
    throw new UserFacingError('backup-name-invalid', {
      th: 'ชื่อข้อมูลสำรองใช้ได้เฉพาะอักษรภาษาอังกฤษ ตัวเลข จุด ขีด และขีดล่าง',
      en: 'A backup name may use only English letters, digits, dots, hyphens and underscores.',
    });
  }
  return path.join(folder, name);
}

async function entryFor(filePath: string): Promise<BackupEntry> {
  const info = await stat(filePath);
  return {
    name: path.basename(filePath),
    bytes: info.size,
    createdAt: info.mtime.toISOString(),
  };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
