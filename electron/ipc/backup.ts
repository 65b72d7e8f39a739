// The backup area: write, list and read the backups kept in one folder.
import { listBackups, readBackup, writeBackup } from '../services/backup';
import type { AreaHandlers } from './handlers';

export function backupHandlers(folder: string): AreaHandlers {
  return {
    'backup:write': ({ name, bytes }) => writeBackup(folder, name, bytes),
    'backup:list': () => listBackups(folder),
    'backup:read': ({ name }) => readBackup(folder, name),
  };
}
