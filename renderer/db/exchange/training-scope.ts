// What of the department's training a centre receives: every course (reference data), the rounds
// that invite its province or seat its volunteers, and those volunteers' participations and marks.
// Other centres' people stay out of its bundle (PDPA).
import type { BundleRecord } from '@shared/bundle/ndjson';
import { provinceOfCentre } from '@shared/domain/organisations/codes';
import type { AppDB } from '../app-db';
import { asExchanged } from './export-changes';

type Tables = Record<string, BundleRecord[]>;

export async function trainingForCentre(
  db: AppDB,
  recipient: string,
  tables: Tables,
): Promise<Tables> {
  const marks = tables.attendance ?? [];
  const participantIds = new Set([
    ...(tables.participants ?? []).map((p) => p.id),
    ...marks.map((m) => String(m.participantId)),
  ]);
  const participants = (await db.participants.bulkGet([...participantIds])).filter(
    (p) => p !== undefined,
  );
  const volunteerIds = [
    ...new Set(participants.flatMap((p) => (p.volunteerId ? [p.volunteerId] : []))),
  ];
  const volunteers = await db.volunteers.bulkGet(volunteerIds);
  const ownVolunteers = new Set(volunteers.flatMap((v) => (v?.owner === recipient ? [v.id] : [])));
  const ownParticipants = new Set(
    participants.flatMap((p) => (p.volunteerId && ownVolunteers.has(p.volunteerId) ? [p.id] : [])),
  );
  const province = provinceOfCentre(recipient);
  const changedRounds = (tables.rounds ?? []).filter((r) =>
    (r.provinces as string[]).includes(province ?? ''),
  );
  // A round its volunteers sit in goes along even when unchanged, so that the participation has it.
  const seatedRoundIds = participants
    .filter((p) => ownParticipants.has(p.id))
    .map((p) => p.roundId)
    .filter((id) => !changedRounds.some((r) => r.id === id));
  const seatedRounds = (await db.rounds.bulkGet([...new Set(seatedRoundIds)])).flatMap((r) =>
    r ? [asExchanged(r)] : [],
  );
  return {
    courses: tables.courses ?? [],
    rounds: [...changedRounds, ...seatedRounds].sort(byId),
    participants: (tables.participants ?? []).filter((p) => ownParticipants.has(p.id)),
    attendance: marks.filter((m) => ownParticipants.has(String(m.participantId))),
  };
}

function byId(a: BundleRecord, b: BundleRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
