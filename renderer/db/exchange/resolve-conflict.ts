// Resolving a conflict on an installation of the record's owner (bundle-format.md, "Records": a
// person chooses or merges, and the result dominates both): one transaction writes the chosen
// version as this installation's change, closes the conflict, and says in the audit what was chosen.
import {
  exchangedRecordSchemas,
  exchangedTableNames,
  isExchangedTable,
} from '@shared/bundle/record-schemas';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { bumpVector, mergeVectors } from '@shared/domain/records/version-vector';
import { checkVolunteer } from '@shared/domain/volunteers/volunteer-rules';
import { UserFacingError } from '@shared/errors';
import type {
  AppDB,
  AuditKind,
  ExchangedTableName,
  ExchangedTables,
  VolunteerRecord,
} from '../app-db';
import { reserveChangeNumbers } from '../change-counter';
import { withDerivedFields } from '../derived-fields';
import { domainFieldsOf } from '../merge-volunteers';
import { duplicateIdError, volunteersWithIds } from '../save-volunteer';
import { nowIso, type WriteContext } from '../write-context';
import { chooseVersion, type ConflictChoice } from './conflict-choice';
import { asExchanged } from './export-changes';
import {
  closeConflicts,
  closingOf,
  coveredBy,
  openConflictsOf,
  vectorOf,
  type ConflictAuditEntry,
  type ConflictOutcome,
} from './open-conflicts';

export type ResolvedConflict = {
  record: ExchangedTables[ExchangedTableName];
  /** The conflicts closed: the one resolved, and any other of the record's that the result covers. */
  closed: number[];
};

const outcomes: Record<ConflictChoice['kind'], ConflictOutcome> = {
  'keep-local': 'kept-local',
  'take-incoming': 'took-incoming',
  merged: 'merged',
};

/**
 * Writes the version `choice` makes of conflict `conflictSeq`'s two sides, with a version vector
 * over both plus this installation's change, so that it is sent on as a change and, arriving
 * elsewhere, replaces both sides and closes the same conflict there.
 */
export async function resolveConflict(
  db: AppDB,
  context: WriteContext,
  conflictSeq: number,
  choice: ConflictChoice,
  today: string = todayIso(),
): Promise<ResolvedConflict> {
  const tables = [...exchangedTableNames.map((n) => db.table(n)), db.conflicts, db.audit, db.meta];
  return db.transaction('rw', tables, async () => {
    const { conflict, name, local } = await ownedConflict(db, context, conflictSeq);
    const chosen = chooseVersion(local, conflict.incoming, choice);
    const at = nowIso(context);
    const record = withDerivedFields(name, {
      ...chosen.fields,
      id: local.id,
      owner: local.owner,
      vv: bumpVector(mergeVectors(local.vv, vectorOf(conflict)), context.installationId),
      updatedAt: at,
      updatedBy: context.installationId,
      deletedAt: (chosen.fields.deletedAt as string | null | undefined) ?? null,
      // Reserved inside the transaction: a refusal below gives the number back.
      lc: await reserveChangeNumbers(db, 1),
    } as ExchangedTables[typeof name]);
    checkRecord(name, record, choice, today);
    await checkNationalId(db, name, record);
    await db.table(name).put(record);

    // The result may also cover another open conflict of the record: it closes with this one.
    const others = (await openConflictsOf(db, name, [local.id])).get(local.id) ?? [];
    const closings = [
      closingOf(conflict, outcomes[choice.kind], chosen.fromIncoming),
      ...coveredBy(
        record.vv,
        others.filter((c) => c.seq !== conflictSeq),
      ).map((c) => closingOf(c, 'superseded')),
    ];
    await closeConflicts(db, closings);
    const entry: ConflictAuditEntry = {
      at,
      installation: context.installationId,
      table: name,
      recordIds: [local.id],
      kind: auditKindOf(local.deletedAt, record.deletedAt),
      fields: chosen.changed,
      conflicts: closings,
    };
    await db.audit.add(entry);
    return { record, closed: closings.map((c) => c.seq) };
  });
}

/** The open conflict and its record's local version, refused unless this organisation owns it. */
async function ownedConflict(db: AppDB, context: WriteContext, seq: number) {
  const conflict = await db.conflicts.get(seq);
  if (!conflict || !isExchangedTable(conflict.table)) throw conflictGoneError(seq);
  const name = conflict.table;
  const local = (await db.table(name).get(conflict.recordId)) as
    ExchangedTables[typeof name] | undefined;
  if (!local) throw conflictGoneError(seq);
  if (local.owner !== context.organisation) {
    throw notOwnerError(local.owner, context.organisation, seq);
  }
  return { conflict, name, local };
}

function auditKindOf(before: string | null, after: string | null): AuditKind {
  if (before === null && after !== null) return 'delete';
  if (before !== null && after === null) return 'restore';
  return 'update';
}

/**
 * The result must be a record that any reader accepts; a pick per field must also meet the
 * volunteer's own rules, which tie some fields together (age at joining, for one).
 */
function checkRecord(
  name: ExchangedTableName,
  record: ExchangedTables[ExchangedTableName],
  choice: ConflictChoice,
  today: string,
): void {
  const parsed = exchangedRecordSchemas[name].safeParse(asExchanged(record));
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join('.') || name;
    throw invalidResultError(field, parsed.error.issues[0]?.message ?? '');
  }
  if (name !== 'volunteers' || choice.kind !== 'merged' || record.deletedAt !== null) return;
  const check = checkVolunteer(domainFieldsOf(record as VolunteerRecord), today);
  if (!check.ok) {
    const problem = check.problems[0]!;
    throw new UserFacingError(
      'conflict.merged-invalid',
      {
        th: `ผลการเลือกทีละช่องใช้ไม่ได้: ${problem.th} กรุณาเลือกช่องที่เกี่ยวข้องจากฉบับเดียวกัน`,
        en: `The fields picked do not make a valid record: ${problem.en} Pick the related fields from the same version.`,
      },
      { field: problem.field },
    );
  }
}

/** One live volunteer per national id, as when the record is saved from the form. */
async function checkNationalId(
  db: AppDB,
  name: ExchangedTableName,
  record: ExchangedTables[ExchangedTableName],
): Promise<void> {
  if (name !== 'volunteers' || record.deletedAt !== null) return;
  const { nationalId } = record as ExchangedTables['volunteers'];
  const holder = (await volunteersWithIds(db, [nationalId])).get(nationalId);
  if (holder && holder.id !== record.id) throw duplicateIdError(holder);
}

export function conflictGoneError(seq: number): UserFacingError {
  return new UserFacingError(
    'conflict.gone',
    {
      th: `ไม่พบข้อขัดแย้งหมายเลข ${seq} อาจแก้ไปแล้ว หรือข้อมูลฉบับใหม่กว่าที่รับเข้ามาได้ปิดไปแล้ว กรุณาเปิดรายการข้อขัดแย้งใหม่`,
      en: `Conflict ${seq} is no longer open: it was resolved, or a newer version received since closed it. Open the list of conflicts again.`,
    },
    { field: `conflicts/${seq}` },
  );
}

export function notOwnerError(owner: string, organisation: string, seq: number): UserFacingError {
  return new UserFacingError(
    'conflict.not-owner',
    {
      th: `ข้อมูลนี้เป็นของหน่วยงาน ${owner} ข้อขัดแย้งจึงต้องแก้ที่เครื่องของ ${owner} ไม่ใช่ที่ ${organisation} เมื่อ ${owner} แก้แล้ว ผลจะมากับชุดข้อมูลถัดไปของ ${owner} และข้อขัดแย้งที่นี่จะปิดเอง`,
      en: `This record belongs to ${owner}, so the conflict is resolved on an installation of ${owner}, not at ${organisation}. The resolution arrives with ${owner}'s next bundle and closes the conflict here.`,
    },
    { field: `conflicts/${seq}` },
  );
}

function invalidResultError(field: string, message: string): UserFacingError {
  return new UserFacingError(
    'conflict.invalid',
    {
      th: `ผลการเลือกใช้ไม่ได้ที่ช่อง ${field}: ${message} กรุณาเลือกช่องนี้จากอีกฉบับ`,
      en: `The chosen version is not valid at ${field}: ${message}. Pick this field from the other version.`,
    },
    { field },
  );
}
