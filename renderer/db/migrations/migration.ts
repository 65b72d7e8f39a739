// The shape of one schema version: its tables and indexes, and the upgrade that brings older data along.
import type { Transaction } from 'dexie';

export type Migration = {
  /** Dexie version number, in steps of 10; a shipped migration is never edited. */
  version: number;
  /** Dexie store declarations that change at this version (null deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
