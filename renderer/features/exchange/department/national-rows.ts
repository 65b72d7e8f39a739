// The rows of the national picture: every organisation known here (its record, the owners of the
// volunteers held, the issuers and recipients in the exchange log), what it holds, and the last
// bundles read from it and written to it, each found through an index.
import { Dexie } from 'dexie';
import { parseInstallationId, provinceOfCentre } from '@shared/domain/organisations/codes';
import type { AppDB, ExchangeLogEntry } from '../../../db/app-db';
import { volunteerOwners } from '../../../db/registrations';

export type NationalRow = {
  code: string;
  nameTh: string;
  nameEn: string;
  provinceCode: string | null;
  provinceTh: string;
  provinceEn: string;
  /** Volunteer records it owns here, counted on the owner index. */
  volunteers: number;
  lastRead: ExchangeLogEntry | null;
  lastSent: ExchangeLogEntry | null;
};

type Log = AppDB['exchangeLog'];

function entriesOf(log: Log, issuer: string) {
  return log
    .where('[issuer+sequence]')
    .between([issuer, Dexie.minKey], [issuer, Dexie.maxKey], true, true)
    .reverse();
}

/** Installations seen in the log, by organisation. */
async function issuersByOrganisation(log: Log): Promise<Map<string, string[]>> {
  const keys = await log.orderBy('[issuer+sequence]').uniqueKeys();
  const out = new Map<string, string[]>();
  for (const issuer of new Set(keys.map((key) => (Array.isArray(key) ? String(key[0]) : '')))) {
    const organisation = parseInstallationId(issuer)?.organisation;
    if (organisation) out.set(organisation, [...(out.get(organisation) ?? []), issuer]);
  }
  return out;
}

/** The latest bundle this installation wrote to each recipient (its own entries, newest first). */
async function lastSentByRecipient(log: Log, installationId: string) {
  const last = new Map<string, ExchangeLogEntry>();
  await entriesOf(log, installationId).each((entry) => {
    if (entry.direction === 'sent' && entry.recipient && !last.has(entry.recipient))
      last.set(entry.recipient, entry);
  });
  return last;
}

/** The bundle with the highest sequence read from any of the organisation's installations. */
async function lastReadFrom(log: Log, issuers: readonly string[]) {
  const latest = await Promise.all(
    issuers.map((issuer) =>
      entriesOf(log, issuer)
        .filter((e) => e.direction === 'read')
        .first(),
    ),
  );
  return latest.reduce<ExchangeLogEntry | null>(
    (best, entry) => (entry && (!best || entry.at > best.at) ? entry : best),
    null,
  );
}

export async function nationalRows(
  db: AppDB,
  own: { organisation: string; installationId: string },
): Promise<NationalRow[]> {
  const [organisations, owners, issuers, sent] = await Promise.all([
    db.organisations.toArray(),
    volunteerOwners(db),
    issuersByOrganisation(db.exchangeLog),
    lastSentByRecipient(db.exchangeLog, own.installationId),
  ]);
  const live = new Map(organisations.filter((o) => o.deletedAt === null).map((o) => [o.code, o]));
  const held = new Map(owners.map((o) => [o.owner, o.count]));
  const codes = [...new Set([...live.keys(), ...held.keys(), ...issuers.keys(), ...sent.keys()])];
  const known = codes.filter((code) => code !== own.organisation);
  const provinceCodes = known.map((c) => live.get(c)?.provinceCode ?? provinceOfCentre(c));
  const provinces = await db.provinces.bulkGet(provinceCodes.map((p) => p ?? ''));
  return Promise.all(
    known.map(async (code, i) => {
      const organisation = live.get(code);
      return {
        code,
        nameTh: organisation?.nameTh ?? '',
        nameEn: organisation?.nameEn ?? '',
        provinceCode: provinceCodes[i] ?? null,
        provinceTh: provinces[i]?.nameTh ?? '',
        provinceEn: provinces[i]?.nameEn ?? '',
        volunteers: held.get(code) ?? 0,
        lastRead: await lastReadFrom(db.exchangeLog, issuers.get(code) ?? []),
        lastSent: sent.get(code) ?? null,
      };
    }),
  );
}
