// The training area's front page: rounds and courses.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function TrainingPage() {
  return <AreaNotYetPage area="training" />;
}
