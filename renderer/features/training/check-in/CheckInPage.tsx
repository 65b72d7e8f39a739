// Check-in at the venue, session by session.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function CheckInPage() {
  return <AreaNotYetPage area="training" />;
}
