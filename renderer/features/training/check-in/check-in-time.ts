// The clock time a mark was made, as the door shows it: `09:02`, in the venue's local time.
import { clockOf, localMomentOf } from '@shared/domain/training/lateness';

export function timeOf(isoInstant: string): string {
  return clockOf(localMomentOf(new Date(isoInstant)).minute);
}
