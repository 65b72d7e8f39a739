// Writes this installation's next records bundle for one organisation: every change since what that
// organisation acknowledged, narrowed for a department release to what concerns the centre, with the
// photos of the volunteers it carries. Signing is the caller's (the host's) business.
import type { BundleRecord } from '@shared/bundle/ndjson';
import { writeBundle, type ManifestSigner, type WrittenBundle } from '@shared/bundle/write-bundle';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import type { AppDB } from '../app-db';
import type { WriteContext } from '../write-context';
import { prepareExport } from './export-changes';
import { trainingForCentre } from './training-scope';

/**
 * What of the department's changes a centre receives: the organisations list, the registrations
 * of its own volunteers, and the training that concerns it. A centre's own changes all go to whom it
 * sends them.
 */
export async function scopeForRecipient(
  db: AppDB,
  context: WriteContext,
  recipient: string,
  tables: Record<string, BundleRecord[]>,
): Promise<Record<string, BundleRecord[]>> {
  if (context.organisation !== DEPARTMENT_CODE || recipient === DEPARTMENT_CODE) return tables;
  const registrations = tables.registrations ?? [];
  const volunteerIds = [...new Set(registrations.map((r) => String(r.volunteerId)))];
  const volunteers = await db.volunteers.bulkGet(volunteerIds);
  const theirs = new Set(volunteers.flatMap((v) => (v && v.owner === recipient ? [v.id] : [])));
  return {
    organisations: tables.organisations ?? [],
    registrations: registrations.filter((r) => theirs.has(String(r.volunteerId))),
    volunteers: (tables.volunteers ?? []).filter((v) => v.owner === recipient),
    ...(await trainingForCentre(db, recipient, tables)),
  };
}

/** The photos that the volunteers in the bundle point to and that are kept here. */
async function photosOf(db: AppDB, volunteers: readonly BundleRecord[]): Promise<Uint8Array[]> {
  const hashes = [
    ...new Set(
      volunteers.flatMap((v) => {
        const photo = v.photo as { sha256?: string } | null | undefined;
        return photo?.sha256 ? [photo.sha256] : [];
      }),
    ),
  ];
  const found = await db.attachments.bulkGet(hashes);
  return Promise.all(
    found.flatMap((attachment) =>
      attachment ? [attachment.bytes.arrayBuffer().then((b) => new Uint8Array(b))] : [],
    ),
  );
}

export async function writeNextBundle(
  db: AppDB,
  context: WriteContext,
  recipient: string,
  recipients: readonly string[],
  signer: ManifestSigner,
): Promise<WrittenBundle> {
  const { manifestFields, tables } = await prepareExport(db, context, recipient);
  const scoped = await scopeForRecipient(db, context, recipient, tables);
  const files = await photosOf(db, scoped.volunteers ?? []);
  return writeBundle({ manifestFields, tables: scoped, files, signer, recipients });
}
