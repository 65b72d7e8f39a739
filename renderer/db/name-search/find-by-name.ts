// Search by name, filters by target group and skill, and the whole list by position, for
// the rest of the app: the app's own database is answered by the name-search worker, any other (a
// test's, the exchange benchmark's second one) by a directory in this thread.
import type { DirectoryQuery, ListOrder } from '@shared/domain/volunteers/name-directory';
import type {
  NameSearchLoading,
  NameSearchReply,
  NameSearchRequest,
} from '../../workers/name-search-messages';
import { DATABASE_NAME, type AppDB } from '../app-db';
import { latestVolunteerSeq } from '../volunteer-seq';
import { directorySource, type DirectorySource, type LoadProgress } from './directory-source';

/** A request before it is numbered. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Who is told how far the directory's load has gone, and what they were told last. */
const loadingListeners = new Set<() => void>();
let lastProgress: LoadProgress | null = null;

function announce(progress: LoadProgress): void {
  lastProgress = progress;
  for (const listener of loadingListeners) listener();
}

/**
 * Hears of each page the directory reads while it loads (a search made meanwhile waits for it);
 * returns the way to stop hearing.
 */
export function watchDirectoryLoading(listener: () => void): () => void {
  loadingListeners.add(listener);
  return () => loadingListeners.delete(listener);
}

/** How far the directory's latest load has gone, or null before any. */
export function directoryLoading(): LoadProgress | null {
  return lastProgress;
}

type Pending = { resolve: (reply: NameSearchReply) => void; reject: (error: Error) => void };

function workerSource(): DirectorySource {
  const worker = new Worker(new URL('../../workers/name-search.worker.ts', import.meta.url), {
    type: 'module',
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<NameSearchReply | NameSearchLoading>) => {
    if (event.data.kind === 'loading') {
      announce(event.data.progress);
      return;
    }
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.kind === 'error') waiting?.reject(new Error(event.data.message));
    else waiting?.resolve(event.data);
  };
  const ask = (request: Unnumbered<NameSearchRequest>) =>
    new Promise<NameSearchReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as NameSearchRequest);
    });
  let isLoaded = false;
  const idsOf = (reply: NameSearchReply) => {
    isLoaded = true;
    return reply.kind === 'found' && reply.ids !== '' ? reply.ids.split('\n') : [];
  };
  return {
    async ready() {
      await ask({ kind: 'ready' });
      isLoaded = true;
    },
    async find({ words, tags = [] }, seq) {
      return idsOf(await ask({ kind: 'find', words: [...words], tags: [...tags], seq }));
    },
    async slice(from, to, order, seq) {
      return idsOf(await ask({ kind: 'slice', from, to, order, seq }));
    },
    isLoaded: () => isLoaded,
  };
}

/** One worker for the app's database, however many connections to it the page opens. */
let appSource: DirectorySource | null = null;
const inThread = new WeakMap<AppDB, DirectorySource>();

function sourceOf(db: AppDB): DirectorySource {
  if (db.name === DATABASE_NAME && typeof Worker === 'function')
    return (appSource ??= workerSource());
  let source = inThread.get(db);
  if (!source) inThread.set(db, (source = directorySource(db, announce)));
  return source;
}

/** Starts loading the names, so that the first search does not wait for them. */
export function prepareNameSearch(db: AppDB): Promise<void> {
  return sourceOf(db).ready();
}

/**
 * The ids of the volunteers whose names every word finds and who have every tag, in the list's
 * name order. The latest stamp is read here, in the caller's thread, so that a live query over a
 * search runs again after any volunteer write.
 */
export async function findInDirectory(db: AppDB, query: DirectoryQuery): Promise<string[]> {
  const seq = await latestVolunteerSeq(db);
  return sourceOf(db).find(query, seq);
}

/**
 * The ids at positions [from, to) of the whole list in an order (or its reverse), or null while
 * the directory is still loading: any position is as near as the first, where the sort index must
 * step over every entry before it.
 */
export async function directoryInOrder(
  db: AppDB,
  order: ListOrder,
  from: number,
  to: number,
): Promise<string[] | null> {
  const source = sourceOf(db);
  if (!source.isLoaded()) return null;
  return source.slice(from, to, order, await latestVolunteerSeq(db));
}
