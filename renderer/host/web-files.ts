// Opening and saving files in a plain browser: a file input and a download.
import type { HostArgs, OpenedFile, SavedFile, SavedFiles } from '@shared/host';
import { UserFacingError } from '@shared/errors';

export function openFiles(args: HostArgs<'files:open'>): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = args.multiple ?? false;
    input.accept = args.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      const tooBig = files.find((f) => args.maxBytes !== undefined && f.size > args.maxBytes);
      if (tooBig) {
        reject(
          new UserFacingError('files.too-big', {
            th: `ไฟล์ ${tooBig.name} มีขนาดใหญ่เกินกำหนด`,
            en: `The file ${tooBig.name} is larger than allowed.`,
          }),
        );
        return;
      }
      Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}

export function saveFile(args: HostArgs<'files:save'>): SavedFile {
  const blob = new Blob([args.bytes as Uint8Array<ArrayBuffer>]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = args.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, name: args.suggestedName };
}

/** A browser has no folder to offer: each file is its own download, into the downloads folder. */
export function saveFiles(args: HostArgs<'files:save-many'>): SavedFiles {
  for (const file of args.files) saveFile({ ...file, filters: [] });
  return { saved: true, folder: '', names: args.files.map((f) => f.suggestedName) };
}
