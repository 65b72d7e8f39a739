// Adding or changing a round and its sessions.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function RoundEditPage() {
  return <AreaNotYetPage area="training" />;
}
