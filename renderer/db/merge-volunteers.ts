// Merging two records of one volunteer, and undoing it: one transaction each, through the write
// layer. The merged record becomes a tombstone whose `mergedInto` names the survivor, so that
// whatever points at it (attendance, assessments, nominations) can follow the link.
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { bumpVector } from '@shared/domain/records/version-vector';
import { planMerge, type MergeChoices } from '@shared/domain/volunteers/merge';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import type { AppDB, MergeEntry, VolunteerRecord } from './app-db';
import { UserFacingError } from '@shared/errors';
import type { FieldProblem } from '@shared/domain/volunteers/volunteer-rules';
import { isDomainField, type Writer } from './write';
import { volunteersWithIds } from './save-volunteer';

/** A stored record's own fields, without the exchange stamps and the local indexes. */
export function domainFieldsOf(record: VolunteerRecord): VolunteerFields {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => isDomainField(key)),
  ) as VolunteerFields;
}

function tables(db: AppDB) {
  return [db.volunteers, db.audit, db.meta, db.merges];
}

/**
 * Merges `mergedId` into `survivorId` with the person's `choices`; returns the merge's number (for
 * undo) and the survivor as written. Both records must be live and owned by this organisation.
 */
export async function mergeVolunteers(
  db: AppDB,
  writer: Writer,
  survivorId: string,
  mergedId: string,
  choices: MergeChoices,
  today: string = todayIso(),
): Promise<{ seq: number; survivor: VolunteerRecord }> {
  if (survivorId === mergedId) throw sameRecordError();
  return db.transaction('rw', tables(db), async () => {
    const [survivor, merged] = await db.volunteers.bulkGet([survivorId, mergedId]);
    for (const [record, id] of [
      [survivor, survivorId],
      [merged, mergedId],
    ] as const) {
      if (!record || record.deletedAt !== null) {
        throw record?.mergedInto ? alreadyMergedError(record) : volunteerGoneError(id);
      }
    }
    const plan = planMerge(domainFieldsOf(survivor!), domainFieldsOf(merged!), choices, today);
    if (!plan.check.ok) throw invalidMergeError(plan.check.problems[0]!);
    const holders = (await volunteersWithIds(db, [plan.fields.nationalId])).get(
      plan.fields.nationalId,
    );
    if (holders && holders.id !== survivorId && holders.id !== mergedId)
      throw idTakenError(holders);

    const added = await db.merges.add({
      at: new Date().toISOString(),
      survivorId,
      mergedId,
      survivorBefore: survivor!,
      mergedBefore: merged!,
      undoneAt: null,
    });
    // `merges` numbers its entries itself (`++seq`), so a number always comes back.
    const seq = Number(added);
    // The write layer refuses a record another organisation owns; the refusal names that record.
    const [written] = await owned(survivor!, () =>
      writer.updateMany('volunteers', [survivorId], () => plan.fields, { merge: seq }),
    );
    await owned(merged!, async () => {
      await writer.updateMany('volunteers', [mergedId], () => ({ mergedInto: survivorId }), {
        merge: seq,
      });
      await writer.remove('volunteers', mergedId);
    });
    return { seq, survivor: written! };
  });
}

/** Runs a write to `record`, turning the write layer's ownership refusal into the merge's own. */
async function owned<T>(record: VolunteerRecord, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw code === 'write.not-owner' ? notOwnedError(record) : error;
  }
}

/** The survivor's version vector and time as the merge left them. */
async function survivorAfterMerge(db: AppDB, entry: MergeEntry & { seq: number }) {
  const writes = await db.audit
    .where('recordIds')
    .equals(entry.survivorId)
    .filter((a) => a.merge === entry.seq && a.kind === 'update')
    .sortBy('seq');
  const write = writes[0];
  if (!write) return { vv: entry.survivorBefore.vv, updatedAt: entry.survivorBefore.updatedAt };
  return { vv: bumpVector(entry.survivorBefore.vv, write.installation), updatedAt: write.at };
}

/**
 * Undoes merge `seq`: the merged record comes back as it was, and the survivor's fields return to
 * what they were before. Refused when either has changed since, as undoing would lose that change.
 */
export async function undoMerge(db: AppDB, writer: Writer, seq: number): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const entry = await db.merges.get(seq);
    if (!entry) throw mergeNotFoundError();
    if (entry.undoneAt !== null) throw alreadyUndoneError(entry);
    const [survivor, merged] = await db.volunteers.bulkGet([entry.survivorId, entry.mergedId]);
    if (!survivor || !merged)
      throw volunteerGoneError(survivor ? entry.mergedId : entry.survivorId);
    const expected = await survivorAfterMerge(db, { ...entry, seq });
    if (
      survivor.deletedAt !== null ||
      survivor.updatedAt !== expected.updatedAt ||
      JSON.stringify(survivor.vv) !== JSON.stringify(expected.vv)
    ) {
      throw changedSinceError(entry.survivorBefore);
    }
    if (merged.deletedAt === null || merged.mergedInto !== entry.survivorId) {
      throw changedSinceError(entry.mergedBefore);
    }
    await owned(merged, async () => {
      await writer.restore('volunteers', entry.mergedId);
      await writer.updateMany(
        'volunteers',
        [entry.mergedId],
        () => ({ mergedInto: entry.mergedBefore.mergedInto }),
        { merge: seq },
      );
    });
    await owned(survivor, () =>
      writer.updateMany(
        'volunteers',
        [entry.survivorId],
        () => domainFieldsOf(entry.survivorBefore),
        {
          merge: seq,
        },
      ),
    );
    await db.merges.update(seq, { undoneAt: new Date().toISOString() });
  });
}

/** The live record an id now stands for, following merges; null for an unknown id. */
export async function resolveVolunteerId(db: AppDB, id: string): Promise<string | null> {
  let current = await db.volunteers.get(id);
  if (!current) return null;
  const visited = new Set<string>([current.id]);
  while (current.mergedInto && !visited.has(current.mergedInto)) {
    const next: VolunteerRecord | undefined = await db.volunteers.get(current.mergedInto);
    if (!next) break;
    visited.add(next.id);
    current = next;
  }
  return current.id;
}

/** The latest merges, newest first, for the list of past merges. */
export async function recentMerges(
  db: AppDB,
  limit = 50,
): Promise<(MergeEntry & { seq: number })[]> {
  const entries = await db.merges.orderBy('seq').reverse().limit(limit).toArray();
  return entries.filter((e): e is MergeEntry & { seq: number } => e.seq !== undefined);
}

// The refusals of merging and undoing, in Thai and English.

function nameOf(record: VolunteerFields): string {
  return `${record.firstNameTh} ${record.lastNameTh}`;
}

function sameRecordError(): UserFacingError {
  return new UserFacingError('merge.same-record', {
    th: 'เลือกข้อมูลเดียวกันทั้งสองด้าน กรุณาเลือกข้อมูลสองรายการที่ต่างกัน',
    en: 'Both sides are the same record; choose two different records.',
  });
}

function volunteerGoneError(id: string): UserFacingError {
  return new UserFacingError(
    'merge.not-found',
    {
      th: 'ไม่พบข้อมูล อพม. ที่จะรวม อาจถูกลบไปแล้ว กรุณาโหลดหน้าจอใหม่',
      en: 'A volunteer to merge was not found; it may have been deleted. Reload the screen.',
    },
    { field: `volunteers/${id}` },
  );
}

function alreadyMergedError(record: VolunteerRecord): UserFacingError {
  return new UserFacingError(
    'merge.already-merged',
    {
      th: `ข้อมูลของ ${nameOf(record)} ถูกรวมเข้ากับข้อมูลอื่นไปแล้ว กรุณาโหลดหน้าจอใหม่`,
      en: `The record of ${nameOf(record)} was already merged into another. Reload the screen.`,
    },
    { field: `volunteers/${record.id}` },
  );
}

function notOwnedError(record: VolunteerRecord): UserFacingError {
  return new UserFacingError(
    'merge.not-owner',
    {
      th: `ข้อมูลของ ${nameOf(record)} เป็นของหน่วยงาน ${record.owner} จึงรวมจากหน่วยงานนี้ไม่ได้ ขอให้หน่วยงานเจ้าของตรวจสอบและรวมข้อมูลแล้วส่งมาใหม่`,
      en: `The record of ${nameOf(record)} belongs to ${record.owner}, so it cannot be merged here. Ask the owner to check it, merge it and send a new bundle.`,
    },
    { field: `volunteers/${record.id}` },
  );
}

function invalidMergeError(problem: FieldProblem): UserFacingError {
  return new UserFacingError(
    'merge.invalid',
    {
      th: `ข้อมูลที่รวมแล้วไม่ถูกต้อง: ${problem.th} กรุณาเลือกข้อมูลอีกด้านสำหรับช่องนี้`,
      en: `The merged record would not be valid: ${problem.en} Choose the other side for this field.`,
    },
    { field: problem.field },
  );
}

function idTakenError(holder: VolunteerRecord): UserFacingError {
  return new UserFacingError(
    'merge.id-taken',
    {
      th: `เลขประจำตัวประชาชนที่เลือกเป็นของ ${nameOf(holder)} อีกรายการหนึ่ง กรุณาเลือกเลขของอีกด้าน`,
      en: `The chosen national id belongs to another record, ${nameOf(holder)}. Choose the other side's id.`,
    },
    { field: 'nationalId' },
  );
}

function mergeNotFoundError(): UserFacingError {
  return new UserFacingError('merge.undo-not-found', {
    th: 'ไม่พบรายการรวมข้อมูลที่จะยกเลิก',
    en: 'The merge to undo was not found.',
  });
}

function alreadyUndoneError(entry: MergeEntry): UserFacingError {
  return new UserFacingError('merge.already-undone', {
    th: `การรวมข้อมูลของ ${nameOf(entry.survivorBefore)} ถูกยกเลิกไปแล้ว`,
    en: `The merge of ${nameOf(entry.survivorBefore)} was already undone.`,
  });
}

function changedSinceError(record: VolunteerRecord): UserFacingError {
  return new UserFacingError(
    'merge.changed-since',
    {
      th: `ข้อมูลของ ${nameOf(record)} ถูกแก้ไขหลังการรวม หากยกเลิกการรวม การแก้ไขนั้นจะหายไป จึงยกเลิกไม่ได้ หากจำเป็น ให้แก้ไขข้อมูลด้วยตนเอง`,
      en: `The record of ${nameOf(record)} was changed after the merge; undoing it would lose that change, so it cannot be undone. Correct the record by hand if needed.`,
    },
    { field: `volunteers/${record.id}` },
  );
}
