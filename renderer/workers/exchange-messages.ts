// The messages between the exchange screens and the exchange worker: read (check, then apply on a
// person's word) and write bundles. Signing is asked of the screen, which asks the host.
import type { ExchangeLogEntry } from '../db/app-db';
import type { BundleSummary } from '../db/exchange/check-bundle';
import type { WriteContext } from '../db/write-context';

export type ExchangeStage = 'verify' | 'plan' | 'apply' | 'collect';
export type { BundleSummary };

/** Who writes, as the worker needs it (the clock stays the worker's). */
export type WorkerContext = Pick<WriteContext, 'installationId' | 'organisation'>;

export type ExchangeRequest =
  | {
      kind: 'check';
      id: number;
      fileName: string;
      bytes: Uint8Array;
      /** The age file key the host unwrapped, for an encrypted bundle. */
      fileKey: Uint8Array | null;
      context: WorkerContext;
    }
  | { kind: 'apply'; id: number; context: WorkerContext }
  | { kind: 'discard'; id: number }
  | {
      kind: 'write';
      id: number;
      context: WorkerContext;
      recipient: string;
      /** age recipients (`age1…`) to encrypt to. */
      recipients: string[];
      keyId: string;
    }
  /** The written bundle was saved where the person chose: keep it in the exchange log. */
  | { kind: 'saved'; id: number; fileName: string }
  | { kind: 'signed'; id: number; signature: string }
  | { kind: 'sign-failed'; id: number; code: string; th: string; en: string };

export type WrittenSummary = {
  fileName: string;
  sequence: number;
  recipient: string;
  since: number;
  upTo: number;
  manifestSha256: string;
  records: Record<string, number>;
};

export type ExchangeReply =
  | { kind: 'progress'; id: number; stage: ExchangeStage; done: number; total: number }
  | { kind: 'checked'; id: number; summary: BundleSummary }
  | { kind: 'applied'; id: number; log: ExchangeLogEntry }
  | { kind: 'sign'; id: number; manifestBytes: Uint8Array; trustedComment: string }
  | { kind: 'written'; id: number; bytes: Uint8Array; summary: WrittenSummary }
  | { kind: 'recorded'; id: number }
  | { kind: 'error'; id: number; code: string; th: string; en: string };
