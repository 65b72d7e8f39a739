// A round at a glance: its details, counts and programme by day; its organiser may edit or delete it.
import { useParams } from 'react-router';
import { RoundFrame } from '../RoundHeader';
import { RoundOverview } from './RoundOverview';

export function RoundPage() {
  const { id = '' } = useParams();
  return (
    <RoundFrame roundId={id} page="overview">
      {({ round, course }) => <RoundOverview round={round} course={course} />}
    </RoundFrame>
  );
}
