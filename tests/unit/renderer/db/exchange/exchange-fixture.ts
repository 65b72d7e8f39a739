// Two or more installations, each with its own database and keys, that exchange real bundles.
import type { AppDB } from '@renderer/db/app-db';
import { applyBundle } from '@renderer/db/exchange/apply-bundle';
import { prepareExport, recordSent } from '@renderer/db/exchange/export-changes';
import { createWriter } from '@renderer/db/write';
import type { WriteContext } from '@renderer/db/write-context';
import type { BundleRecord } from '@shared/bundle/ndjson';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle, type ManifestFields, type WrittenBundle } from '@shared/bundle/write-bundle';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { makeInstallation, type Installation } from '../../../shared/bundle/bundle-fixture';
import { freshDb } from '../test-db';

export type Site = {
  db: AppDB;
  context: WriteContext;
  keys: Installation;
  writer: ReturnType<typeof createWriter>;
};

export async function makeSite(installationId: string): Promise<Site> {
  const organisation = installationId.split('-')[0]!;
  const db = await freshDb();
  const context = { installationId, organisation, now: () => new Date('2026-11-22T09:30:00.000Z') };
  return {
    db,
    context,
    keys: await makeInstallation(installationId),
    writer: createWriter(db, context),
  };
}

/** Writes this site's changes for `to`'s organisation, as the app would, and logs it as sent. */
export async function send(from: Site, to: Site): Promise<WrittenBundle> {
  const { manifestFields, tables } = await prepareExport(
    from.db,
    from.context,
    to.context.organisation,
  );
  const written = await sign(from, manifestFields, tables, to);
  await recordSent(from.db, from.context, written);
  return written;
}

/** A bundle with whatever manifest fields and tables a test needs, signed by `from`. */
export function sign(
  from: Site,
  manifestFields: ManifestFields,
  tables: Record<string, BundleRecord[]>,
  to: Site,
): Promise<WrittenBundle> {
  return writeBundle({
    manifestFields,
    tables,
    secretKey: from.keys.signing.secretKey,
    recipients: [to.keys.age.recipient, from.keys.age.recipient],
  });
}

export function fields(
  from: Site,
  to: Site,
  overrides: Partial<ManifestFields> = {},
): ManifestFields {
  return {
    kind: 'records',
    issuer: from.context.installationId,
    organisation: from.context.organisation,
    recipient: to.context.organisation,
    sequence: 1,
    previous: null,
    createdAt: '2026-11-22T09:30:00.000Z',
    since: 0,
    upTo: 1,
    acks: {},
    ...overrides,
  };
}

/** Verifies with the keys of `senders`, then applies at `site`. */
export async function read(site: Site, bytes: Uint8Array, senders: readonly Site[]) {
  const bundle = await verifyBundle(bytes, {
    trust: (issuer) =>
      senders.find((s) => s.context.installationId === issuer)?.keys.signing.publicKey ?? null,
    identities: [site.keys.age.identity],
  });
  return applyBundle(site.db, site.context, bundle);
}

/** A volunteer as it travels, owned by `owner`. */
export function travelling(
  n: number,
  owner: string,
  overrides: Record<string, unknown> = {},
): BundleRecord {
  return {
    ...sampleVolunteer(),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    owner,
    vv: { [`${owner}-1`]: 1 },
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: `${owner}-1`,
    deletedAt: null,
    ...overrides,
  };
}

/** Every row of every table but the exchange log: what a rejected bundle must leave alone. */
export async function contents(db: AppDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables)
    if (table.name !== 'exchangeLog') out[table.name] = await table.toArray();
  return out;
}
