// The round's report as the completion page, the printed report and the spreadsheet show it:
// completion per participant, attendance per session, completion by province, the organiser's name.
import type { Organisation } from '@shared/domain/organisations/organisation';
import {
  completionByProvince,
  completionSummary,
  sessionAttendance,
  type CompletionSummary,
  type ProvinceCompletion,
  type SessionAttendance,
} from '@shared/domain/reports/training-report';
import type { AppDB } from '../app-db';
import { roundCompletion, type RoundCompletion } from './completion';
import { organiserName, type OrganiserName } from './organiser-name';

export type RoundReport = RoundCompletion & {
  summary: CompletionSummary;
  sessionSeries: SessionAttendance[];
  provinces: ProvinceCompletion[];
  /** Thai and English province names by code, for the rows of the per-participant table. */
  provinceNames: Map<string, { nameTh: string; nameEn: string }>;
  organiser: OrganiserName;
};

/** The round's report; null when the round is unknown or deleted. */
export async function loadRoundReport(
  db: AppDB,
  roundId: string,
  own: Organisation,
): Promise<RoundReport | null> {
  const completion = await roundCompletion(db, roundId);
  if (!completion) return null;
  const codes = [...new Set(completion.participants.map((p) => p.provinceCode))].filter(Boolean);
  const [provinces, organiser] = await Promise.all([
    db.provinces.bulkGet(codes),
    organiserName(db, completion.round.owner, own),
  ]);
  const provinceNames = new Map(
    provinces.flatMap((p) =>
      p ? [[p.code, { nameTh: p.nameTh, nameEn: p.nameEn }] as const] : [],
    ),
  );
  const participantIds = new Set(completion.participants.map((p) => p.id));
  return {
    ...completion,
    summary: completionSummary(completion.rows),
    sessionSeries: sessionAttendance(completion.sessions, participantIds, completion.marks),
    provinces: completionByProvince(completion.rows, provinceNames),
    provinceNames,
    organiser,
  };
}
