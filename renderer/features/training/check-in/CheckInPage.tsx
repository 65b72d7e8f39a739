// Check-in at the venue, session by session: the round's heading and tabs, then the door.
import { useParams } from 'react-router';
import { RoundFrame } from '../RoundHeader';
import { CheckInDesk } from './CheckInDesk';

export function CheckInPage() {
  const { id = '' } = useParams();
  return (
    <RoundFrame roundId={id} page="check-in">
      {({ round }) => <CheckInDesk key={round.id} round={round} />}
    </RoundFrame>
  );
}
