// Reads files with a size limit and writes them atomically, so a failed save never leaves half a file.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { UserFacingError } from '../../shared/errors';
import { isUserFacingError } from '../../shared/errors';
import { notAFile, readFailure, tooLarge, writeFailure } from './file-errors';

/** Reads a whole file, refusing one larger than `maxBytes` before reading it. */
export async function readFileLimited(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const name = path.basename(filePath);
  try {
    const handle = await open(filePath, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw notAFile(name);
      if (info.size > maxBytes) throw tooLarge(name, maxBytes);
      const bytes = await handle.readFile();
      // The file may have grown between the check and the read.
      if (bytes.byteLength > maxBytes) throw tooLarge(name, maxBytes);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asUserFacing(error, () => readFailure(error, name));
  }
}

/**
 * Writes `bytes` to `filePath` through a temporary file in the same folder, renamed over the target
 * once complete: the target holds either its old content or the new one, never a part of it.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const name = path.basename(filePath);
  const tempPath = temporaryPathFor(filePath);
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw asUserFacing(error, () => writeFailure(error, name));
  }
}

/** A hidden sibling of the target; random so two saves never share one. */
export function temporaryPathFor(filePath: string): string {
  const base = path.basename(filePath).slice(0, 100);
  return path.join(path.dirname(filePath), `.${base}.${randomBytes(6).toString('hex')}.tmp`);
}

function asUserFacing(error: unknown, otherwise: () => UserFacingError): UserFacingError {
  return isUserFacingError(error) ? error : otherwise();
}
