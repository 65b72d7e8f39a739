// The list's filter, kept in the URL: bookmarkable, and the back button steps through changes.
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  filterFromParams,
  filterToParams,
  type VolunteerFilter,
} from '@shared/domain/volunteers/volunteer-filter';

/**
 * The filter in the URL while the list shows; while it is out of sight (another screen's URL),
 * the one it last showed. The same filter keeps the same object, so the list is not read again.
 */
export function useVolunteerFilter(
  isShown = true,
): [VolunteerFilter, (next: Partial<VolunteerFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const read = useMemo(() => filterFromParams(params), [params]);
  const [filter, setFilter] = useState(read);
  if (isShown && JSON.stringify(read) !== JSON.stringify(filter)) setFilter(read);
  const update = useCallback(
    (next: Partial<VolunteerFilter>) => {
      const merged = { ...filterFromParams(params), ...next };
      // Typing in the search box replaces the entry; every other change is a step back can undo.
      const onlySearch = Object.keys(next).length === 1 && 'q' in next;
      setParams(filterToParams(merged), { replace: onlySearch });
    },
    [params, setParams],
  );
  return [filter, update];
}
