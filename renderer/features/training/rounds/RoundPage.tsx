// A round at a glance.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function RoundPage() {
  return <AreaNotYetPage area="training" />;
}
