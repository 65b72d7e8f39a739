// Keeps the photos a bundle carries (bundle-format.md, `files/<sha256>`) for the volunteers it brought,
// each once, with the type their record names.
import type { VerifiedBundle } from '@shared/bundle/read-bundle';
import type { AppDB, Attachment } from '../app-db';

/** Call inside the transaction that applies the bundle. */
export async function storeReceivedFiles(db: AppDB, bundle: VerifiedBundle): Promise<void> {
  const wanted = new Map<string, Attachment['type']>();
  for (const record of bundle.tables.volunteers ?? []) {
    const photo = (record as { photo?: { sha256: string; type: Attachment['type'] } | null }).photo;
    if (photo && bundle.files[photo.sha256]) wanted.set(photo.sha256, photo.type);
  }
  if (wanted.size === 0) return;
  const hashes = [...wanted.keys()];
  const known = new Set(
    (await db.attachments.bulkGet(hashes)).flatMap((found) => (found ? [found.sha256] : [])),
  );
  const added: Attachment[] = hashes
    .filter((hash) => !known.has(hash))
    .map((hash) => {
      const bytes = bundle.files[hash]!;
      const type = wanted.get(hash)!;
      return {
        sha256: hash,
        type,
        size: bytes.byteLength,
        bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
      };
    });
  await db.attachments.bulkAdd(added);
}
