// Issuing a round's certificates: a number from this installation's running number of the year, the
// facts signed with its key, then every certificate written in one transaction that also takes the
// running numbers, so that two issues can never hand out one number twice.
import {
  signCertificate,
  type CertificateSigner,
  checkCertificate,
} from '@shared/bundle/certificate-signature';
import { todayIso, toBuddhistYear } from '@shared/domain/dates/buddhist-era';
import {
  certificateFactsSchema,
  certificateNumber,
  type CertificateFacts,
} from '@shared/domain/training/certificate';
import { participantName, type CertificateIssue } from '@shared/domain/training/participant';
import { UserFacingError } from '@shared/errors';
import type { AppDB, CourseRecord, ParticipantRecord, RoundRecord } from '../app-db';
import type { Writer } from '../write';
import type { WriteContext } from '../write-context';
import { roundCompletion } from './completion';

export type IssueOptions = {
  /** The day of issue; today when left out. */
  issuedOn?: string;
  onProgress?: (signed: number, total: number) => void;
};

export type IssueResult = { issued: number; numbers: string[] };

/** Another issue took running numbers between reading and writing: sign again with fresh ones. */
class RunningNumberTaken extends Error {}

const ATTEMPTS = 3;

/** The meta key of an installation's running number in a Buddhist-era year. */
export function runningNumberKey(installationId: string, issuedOn: string): string {
  return `certificateRunning:${installationId}:${toBuddhistYear(Number(issuedOn.slice(0, 4)))}`;
}

/**
 * Certificates for the round's completed participants who have none yet (only those of
 * `participantIds` when given). Signs them all first, then writes them all at once.
 */
export async function issueCertificates(
  db: AppDB,
  writer: Writer,
  context: WriteContext,
  sign: CertificateSigner,
  roundId: string,
  participantIds?: readonly string[],
  options: IssueOptions = {},
): Promise<IssueResult> {
  const issuedOn = options.issuedOn ?? todayIso();
  for (let attempt = 1; ; attempt++) {
    try {
      return await issueOnce(db, writer, context, sign, roundId, participantIds, {
        ...options,
        issuedOn,
      });
    } catch (error) {
      if (!(error instanceof RunningNumberTaken) || attempt >= ATTEMPTS) throw busyOr(error);
    }
  }
}

async function issueOnce(
  db: AppDB,
  writer: Writer,
  context: WriteContext,
  sign: CertificateSigner,
  roundId: string,
  participantIds: readonly string[] | undefined,
  options: IssueOptions & { issuedOn: string },
): Promise<IssueResult> {
  const { round, course, holders } = await certificateHolders(db, context, roundId, participantIds);
  if (holders.length === 0) return { issued: 0, numbers: [] };
  const key = runningNumberKey(context.installationId, options.issuedOn);
  const last = await lastRunningNumber(db, key);
  const issues = new Map<string, CertificateIssue>();
  for (const [i, participant] of holders.entries()) {
    const number = certificateNumber(context.installationId, options.issuedOn, last + 1 + i);
    const facts = factsOf(round, course, participant, number, context, options.issuedOn);
    const code = await signCertificate(facts, sign);
    issues.set(participant.id, {
      number,
      issuedOn: options.issuedOn,
      issuedBy: context.installationId,
      code,
    });
    options.onProgress?.(i + 1, holders.length);
  }
  await db.transaction('rw', [db.participants, db.audit, db.meta], async () => {
    if ((await lastRunningNumber(db, key)) !== last) throw new RunningNumberTaken();
    await db.meta.put({ key, value: last + holders.length });
    await writer.updateMany('participants', [...issues.keys()], (current) => {
      if (current.certificate !== null) throw new RunningNumberTaken();
      return { certificate: issues.get(current.id)! };
    });
  });
  return { issued: issues.size, numbers: [...issues.values()].map((issue) => issue.number) };
}

async function lastRunningNumber(db: AppDB, key: string): Promise<number> {
  const row = await db.meta.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The completed participants without a certificate, by number, after checking the round may issue. */
async function certificateHolders(
  db: AppDB,
  context: WriteContext,
  roundId: string,
  participantIds: readonly string[] | undefined,
): Promise<{ round: RoundRecord; course: CourseRecord; holders: ParticipantRecord[] }> {
  const completion = await roundCompletion(db, roundId);
  if (!completion) throw roundNotFound();
  const { round, course, rows } = completion;
  if (round.owner !== context.organisation) throw notOrganiser(round.owner, context.organisation);
  if (!course) throw courseMissing();
  const chosen = participantIds ? new Set(participantIds) : null;
  const holders = rows
    .filter(
      ({ participant, completion: verdict }) =>
        verdict.completed &&
        participant.certificate === null &&
        (!chosen || chosen.has(participant.id)),
    )
    .map((row) => row.participant);
  return { round, course, holders };
}

function factsOf(
  round: RoundRecord,
  course: CourseRecord,
  participant: ParticipantRecord,
  number: string,
  context: WriteContext,
  issuedOn: string,
): CertificateFacts {
  const parsed = certificateFactsSchema.safeParse({
    v: 1,
    no: number,
    name: participantName(participant),
    course: course.titleTh,
    round: round.number,
    from: round.startsOn,
    to: round.endsOn,
    org: round.owner,
    by: context.installationId,
    on: issuedOn,
  } satisfies CertificateFacts);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(
    'certificates.facts',
    {
      th: `ออกเกียรติบัตรให้ผู้เข้าอบรมลำดับที่ ${participant.number} ไม่ได้: ชื่อยาวเกิน 200 ตัวอักษร แก้ชื่อในหน้าผู้เข้าอบรมแล้วออกใหม่`,
      en: `The certificate of participant ${participant.number} cannot be issued: the name is over 200 characters; shorten it on the participants page and issue again.`,
    },
    { row: participant.number, field: 'name' },
  );
}

/** The facts a certificate's code states, read without checking its signature (for printing). */
export function certificateFactsOf(code: string): CertificateFacts | null {
  return checkCertificate(code, () => null).facts;
}

function busyOr(error: unknown): unknown {
  if (!(error instanceof RunningNumberTaken)) return error;
  return new UserFacingError('certificates.busy', {
    th: 'มีการออกเกียรติบัตรจากหน้าจออื่นพร้อมกัน จึงยังไม่ได้ออก กดออกเกียรติบัตรอีกครั้ง',
    en: 'Certificates were being issued from another window at the same time, so none were issued; press issue again.',
  });
}

function roundNotFound(): UserFacingError {
  return new UserFacingError('certificates.no-round', {
    th: 'ไม่พบรุ่นการอบรมนี้ อาจถูกลบไปแล้ว กลับไปที่รายการรุ่นแล้วเลือกใหม่',
    en: 'This training round was not found; it may have been deleted. Go back to the rounds and choose again.',
  });
}

function notOrganiser(owner: string, organisation: string): UserFacingError {
  return new UserFacingError('certificates.not-organiser', {
    th: `รุ่นนี้จัดโดย ${owner} เกียรติบัตรจึงออกได้เฉพาะเครื่องของ ${owner} ไม่ใช่ ${organisation} ขอให้ผู้จัดออกเกียรติบัตร`,
    en: `This round is organised by ${owner}, so only ${owner}'s computers issue its certificates, not ${organisation}'s; ask the organiser to issue them.`,
  });
}

function courseMissing(): UserFacingError {
  return new UserFacingError('certificates.no-course', {
    th: 'ยังไม่มีข้อมูลหลักสูตรของรุ่นนี้ในเครื่อง จึงพิมพ์ชื่อหลักสูตรในเกียรติบัตรไม่ได้ รับข้อมูลหลักสูตรจากผู้จัดก่อนแล้วออกใหม่',
    en: "This round's course is not on this computer, so its title cannot be printed on the certificates; read the course from the organiser first, then issue again.",
  });
}
