// Reads and writes exchange bundles off the screen's thread: checks a file completely, keeps it until
// a person says apply or discard, and writes the next bundle, asking the screen for the signature.
import { identityFromFileKey } from '@shared/bundle/age';
import type { VerifiedBundle } from '@shared/bundle/read-bundle';
import { isUserFacingError, UserFacingError } from '@shared/errors';
import { AppDB } from '../db/app-db';
import { applyChecked, checkBundle } from '../db/exchange/check-bundle';
import { recordSent } from '../db/exchange/export-changes';
import { writeNextBundle } from '../db/exchange/write-next-bundle';
import type { WrittenBundle } from '@shared/bundle/write-bundle';
import type { ExchangeReply, ExchangeRequest, WorkerContext } from './exchange-messages';

const db = new AppDB();
/** Checked bundles waiting for a person's word, by request id. */
const checked = new Map<number, { bundle: VerifiedBundle; fileName: string }>();
/** Written bundles waiting to be saved, by request id. */
const written = new Map<number, { bundle: WrittenBundle; context: WorkerContext }>();
/** Signatures asked of the screen, by request id. */
const signing = new Map<number, { resolve: (s: string) => void; reject: (e: Error) => void }>();

function reply(message: ExchangeReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

function askSignature(id: number, manifestBytes: Uint8Array, trustedComment: string) {
  return new Promise<string>((resolve, reject) => {
    signing.set(id, { resolve, reject });
    reply({ kind: 'sign', id, manifestBytes, trustedComment });
  });
}

async function handle(request: ExchangeRequest): Promise<void> {
  switch (request.kind) {
    case 'check': {
      const identities = request.fileKey ? [identityFromFileKey(request.fileKey)] : [];
      const result = await checkBundle(
        db,
        request.context,
        request.fileName,
        request.bytes,
        identities,
        (stage) => reply({ kind: 'progress', id: request.id, stage, done: 0, total: 1 }),
      );
      if (result.bundle && result.summary.outcome === 'apply') {
        checked.set(request.id, { bundle: result.bundle, fileName: request.fileName });
      }
      reply({ kind: 'checked', id: request.id, summary: result.summary });
      return;
    }
    case 'apply': {
      const waiting = checked.get(request.id);
      if (!waiting) {
        throw new UserFacingError('exchange.not-checked', {
          th: 'ยังไม่ได้ตรวจชุดข้อมูลนี้ โปรดเปิดแฟ้มอีกครั้ง',
          en: 'This bundle has not been checked; open the file again',
        });
      }
      reply({ kind: 'progress', id: request.id, stage: 'apply', done: 0, total: 1 });
      const log = await applyChecked(db, request.context, waiting.bundle, waiting.fileName);
      checked.delete(request.id);
      reply({ kind: 'applied', id: request.id, log });
      return;
    }
    case 'discard':
      checked.delete(request.id);
      written.delete(request.id);
      return;
    case 'write': {
      reply({ kind: 'progress', id: request.id, stage: 'collect', done: 0, total: 1 });
      const bundle = await writeNextBundle(
        db,
        request.context,
        request.recipient,
        request.recipients,
        {
          keyId: request.keyId,
          sign: (manifestBytes, trustedComment) =>
            askSignature(request.id, manifestBytes, trustedComment),
        },
      );
      written.set(request.id, { bundle, context: request.context });
      const { manifest } = bundle;
      const records: Record<string, number> = {};
      for (const entry of manifest.entries) {
        if ('records' in entry && typeof entry.records === 'number') {
          records[entry.path.slice('data/'.length, -'.ndjson'.length)] = entry.records;
        }
      }
      reply({
        kind: 'written',
        id: request.id,
        bytes: bundle.bytes.slice(),
        summary: {
          fileName: bundle.fileName,
          sequence: manifest.sequence,
          recipient: manifest.recipient,
          since: manifest.since,
          upTo: manifest.upTo,
          manifestSha256: bundle.manifestSha256,
          records,
        },
      });
      return;
    }
    case 'saved': {
      const waiting = written.get(request.id);
      if (!waiting) return;
      await recordSent(db, waiting.context, waiting.bundle, request.fileName);
      written.delete(request.id);
      reply({ kind: 'recorded', id: request.id });
      return;
    }
    case 'signed':
      signing.get(request.id)?.resolve(request.signature);
      signing.delete(request.id);
      return;
    case 'sign-failed':
      signing
        .get(request.id)
        ?.reject(new UserFacingError(request.code, { th: request.th, en: request.en }));
      signing.delete(request.id);
      return;
  }
}

onmessage = (event: MessageEvent<ExchangeRequest>) => {
  const { id } = event.data;
  handle(event.data).catch((error: unknown) => {
    const text = isUserFacingError(error)
      ? error.text
      : {
          th: `แลกเปลี่ยนข้อมูลไม่สำเร็จ: ${String(error)}`,
          en: `The exchange failed: ${String(error)}`,
        };
    reply({
      kind: 'error',
      id,
      code: isUserFacingError(error) ? error.code : 'exchange.failed',
      ...text,
    });
  });
};
