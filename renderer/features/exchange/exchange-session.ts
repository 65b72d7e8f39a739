// Talks to the exchange worker for the exchange screens: checks and applies bundle files, writes the
// next bundle and saves it where the person chooses. The host unwraps file keys and signs, so that the
// installation's secret keys stay with it.
import { ageHeaderOf, isAgeEncrypted } from '@shared/bundle/age';
import { isUserFacingError, UserFacingError } from '@shared/errors';
import type { ExchangeLogEntry } from '../../db/app-db';
import type { BundleSummary } from '../../db/exchange/check-bundle';
import { host } from '../../host';
import type {
  ExchangeReply,
  ExchangeRequest,
  ExchangeStage,
  WorkerContext,
  WrittenSummary,
} from '../../workers/exchange-messages';

export type ExchangeProgress = { stage: ExchangeStage; fileName: string };

type Pending = { resolve: (reply: ExchangeReply) => void; reject: (error: Error) => void };

export type ExchangeSession = ReturnType<typeof createExchangeSession>;

export function createExchangeSession(onProgress: (progress: ExchangeProgress | null) => void) {
  const worker = new Worker(new URL('../../workers/exchange.worker.ts', import.meta.url), {
    type: 'module',
  });
  const pending = new Map<number, Pending>();
  const names = new Map<number, string>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<ExchangeReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') {
      onProgress({ stage: reply.stage, fileName: names.get(reply.id) ?? '' });
      return;
    }
    if (reply.kind === 'sign') {
      host
        .invoke('keys:sign', {
          message: reply.manifestBytes as Uint8Array<ArrayBuffer>,
          trustedComment: reply.trustedComment,
        })
        .then(
          ({ signature }) => post({ kind: 'signed', id: reply.id, signature }),
          (error: unknown) => post({ kind: 'sign-failed', id: reply.id, ...failureOf(error) }),
        );
      return;
    }
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    onProgress(null);
    if (reply.kind === 'error') {
      waiting.reject(new UserFacingError(reply.code, { th: reply.th, en: reply.en }));
    } else waiting.resolve(reply);
  };
  worker.onerror = (event) => {
    const error = new UserFacingError('exchange.worker', {
      th: `แลกเปลี่ยนข้อมูลไม่สำเร็จ: ${event.message}`,
      en: `The exchange failed: ${event.message}`,
    });
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    onProgress(null);
  };

  function post(request: ExchangeRequest, transfer: Transferable[] = []): void {
    worker.postMessage(request, transfer);
  }

  function ask(request: ExchangeRequest, transfer: Transferable[] = []): Promise<ExchangeReply> {
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      post(request, transfer);
    });
  }

  /** Checks one file completely; the worker keeps it for `apply` when it can be applied. */
  async function check(
    context: WorkerContext,
    fileName: string,
    bytes: Uint8Array,
  ): Promise<{ id: number; summary: BundleSummary }> {
    const id = nextId++;
    names.set(id, fileName);
    onProgress({ stage: 'verify', fileName });
    let fileKey: Uint8Array | null = null;
    if (isAgeEncrypted(bytes)) {
      try {
        ({ fileKey } = await host.invoke('keys:file-key', {
          header: ageHeaderOf(bytes) as Uint8Array<ArrayBuffer>,
        }));
      } catch (error) {
        if (!isUserFacingError(error)) throw error;
        // Not for this installation, or not an age file after all: the worker says why, and logs it.
        fileKey = null;
      }
    }
    const reply = await ask({ kind: 'check', id, fileName, bytes, fileKey, context }, [
      bytes.buffer,
    ]);
    if (reply.kind !== 'checked') throw new Error(`unexpected reply ${reply.kind}`);
    return { id, summary: reply.summary };
  }

  async function apply(id: number, context: WorkerContext): Promise<ExchangeLogEntry> {
    const reply = await ask({ kind: 'apply', id, context });
    if (reply.kind !== 'applied') throw new Error(`unexpected reply ${reply.kind}`);
    return reply.log;
  }

  function discard(id: number): void {
    post({ kind: 'discard', id });
  }

  async function write(
    context: WorkerContext,
    recipient: string,
    recipients: string[],
    keyId: string,
  ): Promise<{ id: number; bytes: Uint8Array; summary: WrittenSummary }> {
    const id = nextId++;
    names.set(id, recipient);
    const reply = await ask({ kind: 'write', id, context, recipient, recipients, keyId });
    if (reply.kind !== 'written') throw new Error(`unexpected reply ${reply.kind}`);
    return { id, bytes: reply.bytes, summary: reply.summary };
  }

  async function recordSaved(id: number, fileName: string): Promise<void> {
    const recorded = await ask({ kind: 'saved', id, fileName });
    if (recorded.kind !== 'recorded') throw new Error(`unexpected reply ${recorded.kind}`);
  }

  /** Writes the next bundle for `recipient` and saves it; null when the person cancelled the save. */
  async function send(
    context: WorkerContext,
    recipient: string,
    recipients: string[],
    keyId: string,
  ): Promise<WrittenSummary | null> {
    const { id, bytes, summary } = await write(context, recipient, recipients, keyId);
    const saved = await host.invoke('files:save', {
      suggestedName: summary.fileName,
      bytes: bytes as Uint8Array<ArrayBuffer>,
      filters: [{ name: 'OPM bundle', extensions: ['opmb'] }],
    });
    if (!saved.saved) {
      discard(id);
      return null;
    }
    await recordSaved(id, saved.name);
    return { ...summary, fileName: saved.name };
  }

  /**
   * Writes the next bundle for each organisation that has something to receive, and saves them all
   * into one folder the person picks; null when the person cancelled.
   */
  async function sendMany(
    context: WorkerContext,
    targets: readonly { recipient: string; recipients: string[] }[],
    keyId: string,
    title: string,
  ): Promise<WrittenSummary[] | null> {
    const written: { id: number; bytes: Uint8Array; summary: WrittenSummary }[] = [];
    for (const target of targets) {
      const bundle = await write(context, target.recipient, target.recipients, keyId);
      const records = Object.values(bundle.summary.records).reduce((sum, n) => sum + n, 0);
      if (records > 0) written.push(bundle);
      else discard(bundle.id);
    }
    if (written.length === 0) return [];
    const saved = await host.invoke('files:save-many', {
      title,
      files: written.map((w) => ({
        suggestedName: w.summary.fileName,
        bytes: w.bytes as Uint8Array<ArrayBuffer>,
      })),
    });
    if (!saved.saved) {
      written.forEach((w) => discard(w.id));
      return null;
    }
    for (const [i, w] of written.entries()) await recordSaved(w.id, saved.names[i]!);
    return written.map((w, i) => ({ ...w.summary, fileName: saved.names[i]! }));
  }

  return { check, apply, discard, send, sendMany, close: () => worker.terminate() };
}

function failureOf(error: unknown): { code: string; th: string; en: string } {
  if (isUserFacingError(error)) return { code: error.code, ...error.text };
  return {
    code: 'keys.sign-failed',
    th: `ลงลายมือชื่อดิจิทัลไม่สำเร็จ: ${String(error)}`,
    en: `Signing failed: ${String(error)}`,
  };
}
