// Adding or changing a course.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function CourseEditPage() {
  return <AreaNotYetPage area="training" />;
}
