// Reads the department's `keyring` bundle: its place in the issuer's history, then, on a person's
// word, the keyring it carries replaces the one in force, and the exchange log keeps the outcome.
import { judgeOrder, type OrderVerdict } from '@shared/bundle/exchange-rules';
import { keyringFromBundle } from '@shared/bundle/keyring-bundle';
import type { Keyring } from '@shared/bundle/keyring';
import type { VerifiedBundle } from '@shared/bundle/read-bundle';
import type { AppDB, ExchangeLogEntry } from '../app-db';
import { nowIso, type WriteContext } from '../write-context';
import { appliedFrom } from './plan-bundle';
import { saveKeyring } from './trust';

export type KeyringPlan = { verdict: OrderVerdict; keyring: Keyring };

/** Throws a UserFacingError when the bundle is older than, or forks from, what was applied. */
export async function planKeyring(db: AppDB, bundle: VerifiedBundle): Promise<KeyringPlan> {
  const { manifest, manifestSha256 } = bundle;
  const verdict = judgeOrder(manifest, manifestSha256, await appliedFrom(db, manifest.issuer));
  return { verdict, keyring: keyringFromBundle(bundle) };
}

export async function applyKeyring(
  db: AppDB,
  context: WriteContext,
  bundle: VerifiedBundle,
  fileName: string,
): Promise<ExchangeLogEntry> {
  return db.transaction('rw', [db.meta, db.exchangeLog], async () => {
    // Planned again inside the transaction, so that the log cannot change between check and write.
    const { verdict, keyring } = await planKeyring(db, bundle);
    const { manifest, manifestSha256 } = bundle;
    const at = nowIso(context);
    const revoked = keyring.installations.filter((entry) => entry.revokedAt !== null).length;
    const log: ExchangeLogEntry = {
      direction: 'read',
      kind: 'keyring',
      fileName,
      issuer: manifest.issuer,
      recipient: manifest.recipient,
      sequence: manifest.sequence,
      manifestSha256,
      outcome: verdict.kind === 'new' ? 'applied' : 'no-op',
      reason: verdict.kind === 'new' ? null : verdict.reason,
      counts:
        verdict.kind === 'new'
          ? {
              keyring: {
                added: keyring.installations.length - revoked,
                updated: revoked,
                unchanged: 0,
                conflicts: 0,
              },
            }
          : {},
      since: manifest.since,
      upTo: manifest.upTo,
      at,
    };
    if (verdict.kind === 'new') {
      await saveKeyring(db, {
        keyring,
        issuer: manifest.issuer,
        sequence: manifest.sequence,
        at,
      });
    }
    log.seq = await db.exchangeLog.add(log);
    return log;
  });
}
