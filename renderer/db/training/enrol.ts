// Enrolling a round's participants through the write layer, each call in one transaction:
// volunteers of the registry (their names, id, centre and province copied in) and people by name.
// Numbers go on from the round's highest; beyond the round's seats people wait.
import { normaliseThaiId, parseThaiId } from '@shared/domain/people/thai-id';
import {
  participantFieldsSchema,
  type ParticipantFields,
  type ParticipantRole,
} from '@shared/domain/training/participant';
import { nextNumbers, seatCountsOf, statusesOfNew } from '@shared/domain/training/seats';
import type { AppDB, ParticipantRecord, RoundRecord, VolunteerRecord } from '../app-db';
import { getInstallation } from '../installation';
import type { Writer } from '../write';
import {
  firstNameMissingError,
  nationalIdInRoundError,
  roleNotByNameError,
  roundNotFoundError,
  tooLongError,
  unknownProvinceError,
  volunteerRecordError,
} from './enrol-errors';
import { highestNumberOf, liveParticipantsOfRound } from './participants';
import { participantName } from '@shared/domain/training/participant';

/** A participant named in an enrolment's result. */
export type EnrolledName = { participantId: string; number: number; name: string };

export type EnrolResult = {
  enrolled: EnrolledName[];
  waiting: EnrolledName[];
  /** Already in the round (enrolled or waiting), so left as they were. */
  alreadyIn: EnrolledName[];
};

/** The tables an enrolment reads and writes, for its one transaction. */
export function enrolTables(db: AppDB) {
  return [db.rounds, db.participants, db.volunteers, db.organisations, db.meta, db.audit];
}

export async function liveRoundOf(db: AppDB, roundId: string): Promise<RoundRecord> {
  const round = await db.rounds.get(roundId);
  if (!round || round.deletedAt !== null) throw roundNotFoundError(roundId);
  return round;
}

function named(p: ParticipantRecord): EnrolledName {
  return { participantId: p.id, number: p.number, name: participantName(p) };
}

/** Names of the organisations owning these volunteers: this installation's own, then the register. */
async function organisationNamesOf(db: AppDB, owners: Set<string>): Promise<Map<string, string>> {
  const installation = await getInstallation(db);
  const names = new Map<string, string>();
  const own = installation?.organisation;
  if (own && owners.has(own.code)) names.set(own.code, own.nameTh);
  const others = [...owners].filter((code) => !names.has(code));
  const records = await db.organisations.where('code').anyOf(others).toArray();
  for (const r of records) names.set(r.code, r.nameTh);
  return names;
}

function fieldsOfVolunteer(
  v: VolunteerRecord,
  role: ParticipantRole,
  organisationName: string,
): Omit<ParticipantFields, 'roundId' | 'number' | 'status' | 'enrolledAt'> {
  return {
    role,
    volunteerId: v.id,
    nationalId: v.nationalId,
    titleCode: v.titleCode,
    firstNameTh: v.firstNameTh,
    lastNameTh: v.lastNameTh,
    organisationName,
    provinceCode: v.address.provinceCode,
    completionOverride: null,
    certificate: null,
  };
}

/** Checks a new participant against the exchange contract, so that every bundle carries it. */
function checked(fields: ParticipantFields, who: string): ParticipantFields {
  const result = participantFieldsSchema.safeParse(fields);
  if (result.success) return result.data;
  const problem = result.error.issues.map((i) => i.path.join('.')).join(', ');
  throw volunteerRecordError(who, problem);
}

/**
 * Enrols registry volunteers in the given order. One already in the round (enrolled or waiting,
 * by volunteer or by national id) is skipped and named; one who had withdrawn joins again with
 * their old number. The write layer refuses a round another organisation owns.
 */
export async function enrolVolunteers(
  db: AppDB,
  writer: Writer,
  roundId: string,
  volunteerIds: readonly string[],
  role: ParticipantRole = 'volunteer',
): Promise<EnrolResult> {
  return db.transaction('rw', enrolTables(db), async () => {
    const round = await liveRoundOf(db, roundId);
    const inRound = await liveParticipantsOfRound(db, roundId);
    const found = await db.volunteers.bulkGet([...new Set(volunteerIds)]);
    const volunteers = found.filter((v): v is VolunteerRecord => !!v && v.deletedAt === null);
    const result: EnrolResult = { enrolled: [], waiting: [], alreadyIn: [] };
    const rejoining: ParticipantRecord[] = [];
    const fresh: VolunteerRecord[] = [];
    for (const v of volunteers) {
      const existing = inRound.filter(
        (p) => p.volunteerId === v.id || (p.nationalId !== '' && p.nationalId === v.nationalId),
      );
      const present = existing.find((p) => p.status !== 'withdrawn');
      if (present) result.alreadyIn.push(named(present));
      else if (existing[0]) rejoining.push(existing[0]);
      else fresh.push(v);
    }
    const at = new Date().toISOString();
    const statuses = statusesOfNew(
      seatCountsOf(round.seats, inRound),
      rejoining.length + fresh.length,
    );
    const numbers = nextNumbers(await highestNumberOf(db, roundId), fresh.length);
    const organisations = await organisationNamesOf(db, new Set(fresh.map((v) => v.owner)));
    const created = await writer.createMany(
      'participants',
      fresh.map((v, i) => ({
        ...checked(
          {
            ...fieldsOfVolunteer(v, role, organisations.get(v.owner) ?? v.owner),
            roundId,
            number: numbers[i]!,
            status: statuses[rejoining.length + i]!,
            enrolledAt: at,
          },
          `${v.firstNameTh} ${v.lastNameTh}`,
        ),
        owner: round.owner,
      })),
    );
    const statusOf = new Map(rejoining.map((p, i) => [p.id, statuses[i]!]));
    const rejoined = await writer.updateMany(
      'participants',
      rejoining.map((p) => p.id),
      (p) => ({ status: statusOf.get(p.id)!, enrolledAt: at, role }),
    );
    for (const p of [...rejoined, ...created]) {
      (p.status === 'enrolled' ? result.enrolled : result.waiting).push(named(p));
    }
    return result;
  });
}

export type PersonInput = {
  role: Exclude<ParticipantRole, 'volunteer'>;
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  organisationName: string;
  provinceCode: string;
  /** Optional: empty when the person came without it. */
  nationalId: string;
};

function checkPerson(input: PersonInput): PersonInput {
  if ((input.role as ParticipantRole) === 'volunteer') throw roleNotByNameError();
  const person = {
    ...input,
    titleCode: input.titleCode.trim(),
    firstNameTh: input.firstNameTh.trim(),
    lastNameTh: input.lastNameTh.trim(),
    organisationName: input.organisationName.trim(),
    nationalId: normaliseThaiId(input.nationalId),
  };
  if (person.firstNameTh === '') throw firstNameMissingError();
  if (person.firstNameTh.length > 100) throw tooLongError('firstNameTh', 'ชื่อ', 'first name', 100);
  if (person.lastNameTh.length > 100) throw tooLongError('lastNameTh', 'นามสกุล', 'last name', 100);
  if (person.organisationName.length > 200) {
    throw tooLongError('organisationName', 'ชื่อหน่วยงาน', 'organisation', 200);
  }
  if (person.titleCode.length > 20) throw tooLongError('titleCode', 'คำนำหน้า', 'title', 20);
  if (person.provinceCode !== '' && !/^\d{2}$/.test(person.provinceCode)) {
    throw unknownProvinceError(person.provinceCode);
  }
  if (person.nationalId !== '') person.nationalId = parseThaiId(person.nationalId);
  return person;
}

/**
 * Enrols an officer, a provincial chair or an outside person by name. A national id already in the
 * round is refused, naming the participant who has it.
 */
export async function enrolPerson(
  db: AppDB,
  writer: Writer,
  roundId: string,
  input: PersonInput,
): Promise<ParticipantRecord> {
  const person = checkPerson(input);
  return db.transaction('rw', enrolTables(db), async () => {
    const round = await liveRoundOf(db, roundId);
    const inRound = await liveParticipantsOfRound(db, roundId);
    const holder = person.nationalId
      ? inRound.find((p) => p.nationalId === person.nationalId)
      : undefined;
    if (holder) throw nationalIdInRoundError(holder);
    const [status] = statusesOfNew(seatCountsOf(round.seats, inRound), 1);
    const [number] = nextNumbers(await highestNumberOf(db, roundId), 1);
    const fields = checked(
      {
        ...person,
        roundId,
        number: number!,
        volunteerId: null,
        status: status!,
        enrolledAt: new Date().toISOString(),
        completionOverride: null,
        certificate: null,
      },
      `${person.firstNameTh} ${person.lastNameTh}`,
    );
    return writer.create('participants', { ...fields, owner: round.owner });
  });
}
