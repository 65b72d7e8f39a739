// Checks a bundle file completely before anything is written (bundle-format.md, "Reading a bundle"):
// verification against the keys trusted here, then what applying it would do. A refusal is kept in
// the exchange log with its reason; nothing else is written.
import type { Identity } from 'age-encryption';
import { verifyBundle, type VerifiedBundle } from '@shared/bundle/read-bundle';
import { exchangedTableNames } from '@shared/bundle/record-schemas';
import { isUserFacingError, type UserMessage } from '@shared/errors';
import type { AppDB, ExchangeCounts, ExchangeLogEntry } from '../app-db';
import { nowIso, type WriteContext } from '../write-context';
import { applyBundle } from './apply-bundle';
import { applyKeyring, planKeyring } from './apply-keyring';
import { planBundle } from './plan-bundle';
import { storeReceivedFiles } from './received-files';
import { loadTrust, trustOf } from './trust';

/** What a person sees of a bundle before applying it. */
export type BundleSummary = {
  fileName: string;
  /** Null when the bundle was refused before its manifest could be read. */
  issuer: string | null;
  organisation: string | null;
  recipient: string | null;
  kind: 'records' | 'keyring' | null;
  sequence: number | null;
  createdAt: string | null;
  encrypted: boolean;
  outcome: 'apply' | 'no-op' | 'rejected';
  reason: UserMessage | null;
  code: string | null;
  /** Records bundles: what applying would do, per table. */
  counts: Record<string, ExchangeCounts>;
  /** Keyring bundles: how many installations it lists and how many of them are revoked. */
  keyring: { installations: number; revoked: number } | null;
};

export type CheckedBundle = { summary: BundleSummary; bundle: VerifiedBundle | null };

export type CheckStage = 'verify' | 'plan';

function summaryOf(fileName: string, bundle: VerifiedBundle): BundleSummary {
  const { manifest } = bundle;
  return {
    fileName,
    issuer: manifest.issuer,
    organisation: manifest.organisation,
    recipient: manifest.recipient,
    kind: manifest.kind,
    sequence: manifest.sequence,
    createdAt: manifest.createdAt,
    encrypted: bundle.encrypted,
    outcome: 'apply',
    reason: null,
    code: null,
    counts: {},
    keyring: null,
  };
}

function refused(fileName: string, code: string, reason: UserMessage): BundleSummary {
  return {
    fileName,
    issuer: null,
    organisation: null,
    recipient: null,
    kind: null,
    sequence: null,
    createdAt: null,
    encrypted: false,
    outcome: 'rejected',
    reason,
    code,
    counts: {},
    keyring: null,
  };
}

/** The exchange log's entry for a refused bundle: what was known of it, and why. */
async function logRefusal(
  db: AppDB,
  context: WriteContext,
  summary: BundleSummary,
  bundle: VerifiedBundle | null,
): Promise<void> {
  const entry: ExchangeLogEntry = {
    direction: 'read',
    kind: summary.kind ?? 'records',
    fileName: summary.fileName,
    issuer: summary.issuer ?? '',
    recipient: summary.recipient ?? undefined,
    sequence: summary.sequence ?? 0,
    manifestSha256: bundle?.manifestSha256 ?? '',
    outcome: 'rejected',
    reason: summary.reason,
    counts: {},
    since: bundle?.manifest.since ?? 0,
    upTo: bundle?.manifest.upTo ?? 0,
    at: nowIso(context),
  };
  await db.exchangeLog.add(entry);
}

export async function checkBundle(
  db: AppDB,
  context: WriteContext,
  fileName: string,
  bytes: Uint8Array,
  identities: readonly (string | Identity)[],
  onStage: (stage: CheckStage) => void = () => {},
): Promise<CheckedBundle> {
  let bundle: VerifiedBundle;
  try {
    onStage('verify');
    const trust = trustOf(await loadTrust(db));
    bundle = await verifyBundle(bytes, { trust, identities });
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
    const summary = refused(fileName, error.code, error.text);
    await logRefusal(db, context, summary, null);
    return { summary, bundle: null };
  }
  onStage('plan');
  const summary = summaryOf(fileName, bundle);
  try {
    if (bundle.manifest.kind === 'keyring') {
      const plan = await planKeyring(db, bundle);
      const revoked = plan.keyring.installations.filter((e) => e.revokedAt !== null).length;
      summary.keyring = { installations: plan.keyring.installations.length, revoked };
      if (plan.verdict.kind === 'no-op') {
        return { summary: { ...summary, outcome: 'no-op', reason: plan.verdict.reason }, bundle };
      }
      return { summary, bundle };
    }
    const plan = await planBundle(db, context, bundle);
    if (plan.outcome === 'apply') return { summary: { ...summary, counts: plan.counts }, bundle };
    if (plan.outcome === 'no-op') {
      return { summary: { ...summary, outcome: 'no-op', reason: plan.reason }, bundle };
    }
    const rejected = {
      ...summary,
      outcome: 'rejected' as const,
      reason: plan.reason,
      code: plan.code,
    };
    await logRefusal(db, context, rejected, bundle);
    return { summary: rejected, bundle: null };
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
    const rejected = {
      ...summary,
      outcome: 'rejected' as const,
      reason: error.text,
      code: error.code,
    };
    await logRefusal(db, context, rejected, bundle);
    return { summary: rejected, bundle: null };
  }
}

/** Applies a checked bundle in one transaction, its photos with it; the log entry says what it did. */
export async function applyChecked(
  db: AppDB,
  context: WriteContext,
  bundle: VerifiedBundle,
  fileName: string,
): Promise<ExchangeLogEntry> {
  if (bundle.manifest.kind === 'keyring') return applyKeyring(db, context, bundle, fileName);
  const tables = [
    ...exchangedTableNames.map((name) => db.table(name)),
    db.exchangeLog,
    db.flags,
    db.conflicts,
    db.audit,
    db.meta,
    db.attachments,
  ];
  return db.transaction('rw', tables, async () => {
    const { log } = await applyBundle(db, context, bundle, fileName);
    if (log.outcome === 'applied') await storeReceivedFiles(db, bundle);
    return log;
  });
}
