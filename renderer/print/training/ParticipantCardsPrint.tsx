// Participant cards with QR codes, a sheet of them per A4 page.
import { Preparing } from '../PrintParts';

export function ParticipantCardsPrint() {
  return <Preparing />;
}
