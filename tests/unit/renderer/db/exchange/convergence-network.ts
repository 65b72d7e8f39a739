// A centre's two installations and the department's, each its own database, exchanging real signed,
// age-encrypted bundles through the real export, verify and apply code; bundles wait in flight
// until delivered, lost or delivered again, in any order.
import type { AppDB } from '@renderer/db/app-db';
import { applyBundle } from '@renderer/db/exchange/apply-bundle';
import { asExchanged, prepareExport, recordSent } from '@renderer/db/exchange/export-changes';
import { covers, vectorOf } from '@renderer/db/exchange/open-conflicts';
import { createWriter } from '@renderer/db/write';
import type { BundleRecord } from '@shared/bundle/ndjson';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { exchangedTableNames } from '@shared/bundle/record-schemas';
import { writeBundle } from '@shared/bundle/write-bundle';
import type { VersionVector } from '@shared/domain/records/exchange-fields';
import { makeInstallation, type Installation } from '../../../shared/bundle/bundle-fixture';
import { freshDb } from '../test-db';
import type { Site } from './exchange-fixture';

export const CENTRE = 'C6501';
export const DEPARTMENT = 'DSDW';
export const installationIds = ['C6501-1', 'C6501-2', 'DSDW-1'] as const;

/**
 * Who sends to whom (bundle-format.md: `records` bundles go from any installation to an
 * organisation; a bundle is read only by the organisation it is addressed to). Installations of the
 * centre reach each other with bundles addressed to the centre; the department sends its own
 * records (registrations) back to the centre. Received copies are never sent on.
 */
export const routes: readonly { from: number; to: string }[] = [
  { from: 0, to: CENTRE },
  { from: 1, to: CENTRE },
  { from: 2, to: CENTRE },
  { from: 0, to: DEPARTMENT },
  { from: 1, to: DEPARTMENT },
];

export type Envelope = { from: Site; to: Site; bytes: Uint8Array };

export type Tally = { conflicts: number; applied: number; refused: number; noOps: number };

export type Network = {
  sites: Site[];
  inFlight: Envelope[];
  delivered: Envelope[];
  tally: Tally;
};

export async function makeKeys(): Promise<Installation[]> {
  return Promise.all(installationIds.map((id) => makeInstallation(id)));
}

/** Fresh databases for every installation, one clock for all (each reading a second later). */
export async function makeNetwork(keys: readonly Installation[]): Promise<Network> {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 2) + 1000 * tick++);
  const sites: Site[] = [];
  for (const [i, id] of installationIds.entries()) {
    const db = await freshDb();
    const context = { installationId: id, organisation: id.split('-')[0]!, now };
    sites.push({ db, context, keys: keys[i]!, writer: createWriter(db, context) });
  }
  return {
    sites,
    inFlight: [],
    delivered: [],
    tally: { conflicts: 0, applied: 0, refused: 0, noOps: 0 },
  };
}

export async function closeNetwork(network: Network): Promise<void> {
  for (const site of network.sites) await site.db.delete();
}

export function installationsOf(network: Network, organisation: string): Site[] {
  return network.sites.filter((s) => s.context.organisation === organisation);
}

/** Writes `from`'s changes for `to` as the app does, and puts one copy in flight per reader. */
export async function exportBundle(network: Network, from: Site, to: string): Promise<void> {
  const { manifestFields, tables } = await prepareExport(from.db, from.context, to);
  const readers = installationsOf(network, to).filter((s) => s !== from);
  const written = await writeBundle({
    manifestFields,
    tables,
    secretKey: from.keys.signing.secretKey,
    // bundle-format.md: to the recipient organisation's installations and to the sender itself.
    recipients: [...new Set([...readers, from].map((s) => s.keys.age.recipient))],
  });
  await recordSent(from.db, from.context, written);
  for (const reader of readers) network.inFlight.push({ from, to: reader, bytes: written.bytes });
}

/** Verifies with the sender's key and the reader's own age identity, then applies. */
export async function deliver(network: Network, envelope: Envelope): Promise<void> {
  const { to, bytes } = envelope;
  const bundle = await verifyBundle(bytes, {
    trust: (issuer) =>
      network.sites.find((s) => s.context.installationId === issuer)?.keys.signing.publicKey ??
      null,
    identities: [to.keys.age.identity],
  });
  const { log } = await applyBundle(to.db, to.context, bundle);
  network.delivered.push(envelope);
  if (log.outcome === 'rejected') network.tally.refused++;
  if (log.outcome === 'no-op') network.tally.noOps++;
  if (log.outcome !== 'applied') return;
  network.tally.applied++;
  for (const counts of Object.values(log.counts)) network.tally.conflicts += counts.conflicts;
}

/** Delivers every bundle in flight, oldest first. */
export async function deliverAll(network: Network): Promise<void> {
  while (network.inFlight.length > 0) await deliver(network, network.inFlight.shift()!);
}

/**
 * One round of sending along every route whose readers lack something the sender would send: a
 * version that neither their copy nor an open conflict of theirs covers. (Sending regardless would
 * reach the same state, only slower: nothing here depends on which bundles were sent.)
 */
export async function syncRound(network: Network): Promise<void> {
  for (const route of routes) {
    const from = network.sites[route.from]!;
    const readers = installationsOf(network, route.to).filter((s) => s !== from);
    const { tables } = await prepareExport(from.db, from.context, route.to);
    let isNeeded = false;
    for (const reader of readers) isNeeded ||= await lacksAny(reader.db, tables);
    if (!isNeeded) continue;
    await exportBundle(network, from, route.to);
    await deliverAll(network);
  }
}

async function lacksAny(db: AppDB, tables: Record<string, BundleRecord[]>): Promise<boolean> {
  for (const [name, records] of Object.entries(tables)) {
    for (const record of records as (BundleRecord & { vv: VersionVector })[]) {
      const local = (await db.table(name).get(record.id)) as { vv: VersionVector } | undefined;
      const open = await db.conflicts.where('[table+recordId]').equals([name, record.id]).toArray();
      const known = [...(local ? [local.vv] : []), ...open.map(vectorOf)];
      if (!known.some((vv) => covers(vv, record.vv))) return true;
    }
  }
  return false;
}

/** Every exchanged record of a site as it travels (exchange fields and own fields), by table. */
export async function holdings(site: Site): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of exchangedTableNames) {
    out[name] = (await site.db.table(name).toArray()).map(asExchanged);
  }
  return out;
}

export async function openConflictCount(network: Network): Promise<number> {
  let count = 0;
  for (const site of network.sites) count += await site.db.conflicts.count();
  return count;
}
