// Completion per participant, the round's report, certificates.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function CompletionPage() {
  return <AreaNotYetPage area="training" />;
}
