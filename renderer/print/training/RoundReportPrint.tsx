// The round's report: attendance per session, completion, by province.
import { Preparing } from '../PrintParts';

export function RoundReportPrint() {
  return <Preparing />;
}
