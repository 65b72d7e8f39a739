// The messages between the app and the name-search worker: get ready (load the names), and find
// the volunteers a name search and a group or skill select, or those at some positions of the list
// in one of its orders.
import type { ListOrder } from '@shared/domain/volunteers/name-directory';
import type { LoadProgress } from '../db/name-search/directory-source';

export type NameSearchRequest =
  | { kind: 'ready'; id: number }
  /** `seq`: the latest write stamp the app has seen (latestVolunteerSeq). */
  /** `tags`: as volunteer-tags.ts writes them. */
  | { kind: 'find'; id: number; words: string[]; tags: string[]; seq: number }
  /** Positions [from, to) of the whole list in an order, or in its reverse. */
  | { kind: 'slice'; id: number; from: number; to: number; order: ListOrder; seq: number };

export type NameSearchReply =
  | { kind: 'ready'; id: number }
  /** The found ids in name order, one per line: a string crosses to the app far quicker than a list. */
  | { kind: 'found'; id: number; ids: string }
  | { kind: 'error'; id: number; message: string };

/** Sent, unasked, after each page read while the directory loads. */
export type NameSearchLoading = { kind: 'loading'; progress: LoadProgress };
