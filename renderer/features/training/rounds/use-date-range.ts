// A round's dates as one Buddhist-era range: one day, or first – last.
import { useCallback } from 'react';
import { useFormatDate } from '../../../app/use-format-date';

export function useDateRange(): (startsOn: string, endsOn: string) => string {
  const formatDate = useFormatDate();
  return useCallback(
    (startsOn, endsOn) =>
      startsOn === endsOn
        ? formatDate(startsOn)
        : `${formatDate(startsOn)} – ${formatDate(endsOn)}`,
    [formatDate],
  );
}
