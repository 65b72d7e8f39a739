// Training at national scale, inside Chromium over the app's own modules: a round's completion and
// its certificates' issue through the app's code, each beside the same reads or writes through raw
// IndexedDB as the baseline. The check-in itself is timed on the app's own screen by the runner.
import { keyIdFromBytes, signMinisignWith } from '@shared/bundle/minisign';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import { AppDB, DATABASE_NAME } from '@renderer/db/app-db';
import { issueCertificates } from '@renderer/db/training/certificates';
import { roundCompletion } from '@renderer/db/training/completion';
import { createWriter } from '@renderer/db/write';
import { seedTraining } from './training-seed';

const context = { installationId: 'DSDW-1', organisation: 'DSDW' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openRaw(): Promise<IDBDatabase> {
  // The app's own database at its current version, through the browser's API alone.
  return request(indexedDB.open(DATABASE_NAME));
}

/** A round's completion, through the app (median of `times`) and as raw reads of the same records. */
async function completion(roundId: string, times = 7) {
  const db = new AppDB();
  await db.open();
  const appMs: number[] = [];
  let rows = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const result = await roundCompletion(db, roundId);
    appMs.push(performance.now() - started);
    rows = result?.rows.length ?? 0;
  }
  db.close();
  const raw = await openRaw();
  const rawMs: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const tx = raw.transaction(['rounds', 'participants', 'attendance'], 'readonly');
    await Promise.all([
      request(tx.objectStore('rounds').get(roundId)),
      request(tx.objectStore('participants').index('roundId').getAll(roundId)),
      request(tx.objectStore('attendance').index('roundId').getAll(roundId)),
    ]);
    rawMs.push(performance.now() - started);
  }
  raw.close();
  return { medianMs: median(appMs), rawMedianMs: median(rawMs), participants: rows };
}

/**
 * The raw baseline of one check-in: the participant by the round's national-id index, then the
 * mark put, in one readwrite transaction, for each of `nationalIds`.
 */
async function rawCheckIns(roundId: string, sessionId: string, nationalIds: string[]) {
  const raw = await openRaw();
  const times: number[] = [];
  for (const nationalId of nationalIds) {
    const started = performance.now();
    const tx = raw.transaction(['participants', 'attendance'], 'readwrite', {
      durability: 'strict',
    });
    const participant = (await request(
      tx.objectStore('participants').index('[roundId+nationalId]').get([roundId, nationalId]),
    )) as { id: string; owner: string };
    const at = new Date().toISOString();
    tx.objectStore('attendance').put({
      id: attendanceIdOf(participant.id, sessionId),
      owner: participant.owner,
      vv: { 'DSDW-1': 1 },
      updatedAt: at,
      updatedBy: 'DSDW-1',
      deletedAt: null,
      lc: 0,
      roundId,
      participantId: participant.id,
      sessionId,
      checkedInAt: at,
      method: 'national-id',
      late: false,
      leftEarly: false,
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    times.push(performance.now() - started);
  }
  raw.close();
  return { medianMs: median(times) };
}

/** The round's first session and the national ids of its participants, in number order. */
async function checkInPlan(roundId: string) {
  const db = new AppDB();
  await db.open();
  const round = (await db.rounds.get(roundId))!;
  const participants = await db.participants.where('roundId').equals(roundId).sortBy('number');
  db.close();
  const first = [...round.sessions].sort((a, b) =>
    `${a.on} ${a.starts}`.localeCompare(`${b.on} ${b.starts}`),
  )[0]!;
  return {
    sessionId: first.id,
    people: participants.map((p) => ({ nationalId: p.nationalId, number: p.number })),
  };
}

/** Issues the round's certificates through the app's code, signed with a WebCrypto Ed25519 key. */
async function certificates(roundId: string) {
  const pair = (await crypto.subtle.generateKey('Ed25519', false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const keyId = keyIdFromBytes(crypto.getRandomValues(new Uint8Array(8)));
  const rawSign = async (message: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(message)));
  const db = new AppDB();
  await db.open();
  const writer = createWriter(db, context);
  const started = performance.now();
  const result = await issueCertificates(
    db,
    writer,
    context,
    (message, trustedComment) => signMinisignWith(message, keyId, rawSign, trustedComment),
    roundId,
  );
  const issueMs = performance.now() - started;
  db.close();
  return { issued: result.issued, issueMs };
}

export const trainingBenchmarks = {
  seedTraining,
  trainingCompletion: completion,
  rawCheckIns,
  checkInPlan,
  issueCertificates: certificates,
};
