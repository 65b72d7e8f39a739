// The list's filter, kept in the URL: bookmarkable, and the back button steps through changes.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  filterFromParams,
  filterToParams,
  type VolunteerFilter,
} from '@shared/domain/volunteers/volunteer-filter';

export function useVolunteerFilter(): [VolunteerFilter, (next: Partial<VolunteerFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
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
