// How far the directory of names, groups and skills has loaded, for the list to show while a
// search waits for it (at the national size, several seconds after the app starts).
import { useSyncExternalStore } from 'react';
import type { LoadProgress } from '../../../db/name-search/directory-source';
import { directoryLoading, watchDirectoryLoading } from '../../../db/name-search/find-by-name';

/** The latest load's progress while it is under way; null before any and once done. */
export function useDirectoryLoading(): LoadProgress | null {
  const progress = useSyncExternalStore(watchDirectoryLoading, directoryLoading);
  return progress && progress.loaded < progress.total ? progress : null;
}
