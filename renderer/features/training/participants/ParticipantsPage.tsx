// A round's participants: enrolment, seats, the waiting list.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function ParticipantsPage() {
  return <AreaNotYetPage area="training" />;
}
