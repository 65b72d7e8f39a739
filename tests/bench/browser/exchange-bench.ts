// A national bundle through the app's own exchange code: the loaded registry written as the next
// bundle of its installation (DSDW-1) for its own organisation, then checked and applied by a second
// installation (DSDW-2) into a database of its own, on the same disk.
import { generateAgeKeyPair } from '@shared/bundle/age';
import { KEYRING_FORMAT, KEYRING_VERSION } from '@shared/bundle/keyring';
import { generateMinisignKeyPair, publicKeyBase64, signMinisign } from '@shared/bundle/minisign';
import { AppDB } from '@renderer/db/app-db';
import { applyChecked, checkBundle } from '@renderer/db/exchange/check-bundle';
import { saveKeyring } from '@renderer/db/exchange/trust';
import { writeNextBundle } from '@renderer/db/exchange/write-next-bundle';

const RECEIVER = 'opm-bench-dsdw-2';
const at = '2026-11-23T00:00:00.000Z';

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

export type ExchangeFigures = {
  records: number;
  megabytes: number;
  exportMs: number;
  verifyMs: number;
  planMs: number;
  applyMs: number;
};

/** Exports the whole loaded registry as one bundle, then reads it into a second installation. */
async function exchange(): Promise<ExchangeFigures> {
  const signing = generateMinisignKeyPair();
  const sender = await generateAgeKeyPair();
  const receiver = await generateAgeKeyPair();
  const source = new AppDB();
  await source.open();
  const started = performance.now();
  const written = await writeNextBundle(
    source,
    { installationId: 'DSDW-1', organisation: 'DSDW' },
    'DSDW',
    [receiver.recipient, sender.recipient],
    {
      keyId: signing.secretKey.keyId,
      sign: async (bytes, comment) => signMinisign(bytes, signing.secretKey, comment),
    },
  );
  const exportMs = performance.now() - started;
  source.close();

  await deleteDatabase(RECEIVER);
  const target = new AppDB(RECEIVER);
  await target.open();
  await saveKeyring(target, {
    keyring: {
      format: KEYRING_FORMAT,
      version: KEYRING_VERSION,
      installations: [
        {
          id: 'DSDW-1',
          organisation: 'DSDW',
          minisignPublicKey: publicKeyBase64(signing.publicKey),
          ageRecipient: sender.recipient,
          validFrom: at,
          revokedAt: null,
        },
      ],
    },
    issuer: null,
    sequence: 0,
    at,
  });
  const context = { installationId: 'DSDW-2', organisation: 'DSDW' };
  const stages: Record<string, number> = {};
  let last = performance.now();
  const checked = await checkBundle(
    target,
    context,
    written.fileName,
    written.bytes,
    [receiver.identity],
    (stage) => {
      const now = performance.now();
      stages[stage] = now - last;
      last = now;
    },
  );
  const planMs = performance.now() - last;
  if (!checked.bundle) throw new Error(`refused: ${checked.summary.reason?.en}`);
  const applying = performance.now();
  const log = await applyChecked(target, context, checked.bundle, written.fileName);
  const applyMs = performance.now() - applying;
  const records = await target.volunteers.count();
  target.close();
  await deleteDatabase(RECEIVER);
  if (log.outcome !== 'applied') throw new Error(`not applied: ${log.reason?.en}`);
  return {
    records,
    megabytes: written.bytes.length / 1024 ** 2,
    exportMs,
    // The stage callback marks the start of each stage: verify ends where plan starts.
    verifyMs: stages.plan ?? 0,
    planMs,
    applyMs,
  };
}

export const exchangeBenchmarks = { exchange };
