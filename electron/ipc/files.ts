// The files area: open files the user picks and save bytes where the user says, through the dialogs.
import path from 'node:path';
import type { OpenedFile, SavedFile } from '../../shared/host';
import { readFileLimited, writeFileAtomic } from '../services/files';
import type { AreaHandlers } from './handlers';

export type FileFilter = { name: string; extensions: string[] };

/** The operating system's open and save dialogs; Electron's live in dialogs.ts. */
export type FileDialogs = {
  chooseFilesToOpen(options: {
    title: string;
    filters: FileFilter[];
    multiple: boolean;
  }): Promise<string[]>;
  chooseSavePath(options: { suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
};

/** Larger than any bundle or spreadsheet a centre makes; the renderer may ask for less. */
export const defaultOpenLimit = 256 * 1024 * 1024;
export const hardOpenLimit = 1024 * 1024 * 1024;

export function filesHandlers(dialogs: FileDialogs): AreaHandlers {
  return {
    'files:open': async ({ title, filters, multiple, maxBytes }) => {
      const limit = Math.min(maxBytes ?? defaultOpenLimit, hardOpenLimit);
      const paths = await dialogs.chooseFilesToOpen({
        title,
        filters,
        multiple: multiple ?? false,
      });
      const opened: OpenedFile[] = [];
      for (const filePath of paths) {
        opened.push({
          name: path.basename(filePath),
          bytes: await readFileLimited(filePath, limit),
        });
      }
      return opened;
    },
    'files:save': ({ suggestedName, bytes, filters }) =>
      saveThroughDialog(dialogs, suggestedName, filters, bytes),
    'files:save-many': async ({ title, files }) => {
      const folder = await dialogs.chooseFolder({ title });
      if (folder === null) return { saved: false };
      for (const file of files) {
        await writeFileAtomic(path.join(folder, file.suggestedName), file.bytes);
      }
      return {
        saved: true,
        folder: path.basename(folder),
        names: files.map((f) => f.suggestedName),
      };
    },
  };
}

/** Asks where to save, then writes atomically; cancelling the dialog saves nothing. */
export async function saveThroughDialog(
  dialogs: FileDialogs,
  suggestedName: string,
  filters: FileFilter[],
  bytes: Uint8Array | (() => Promise<Uint8Array>),
): Promise<SavedFile> {
  const filePath = await dialogs.chooseSavePath({ suggestedName, filters });
  if (filePath === null) return { saved: false };
  await writeFileAtomic(filePath, typeof bytes === 'function' ? await bytes() : bytes);
  return { saved: true, name: path.basename(filePath) };
}
