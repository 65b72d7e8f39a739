// Adding and changing volunteers: the record's rules, and one live volunteer per national id,
// checked in the same transaction as the write so that two windows cannot both add one person.
import { UserFacingError } from '@shared/errors';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { checkVolunteer } from '@shared/domain/volunteers/volunteer-rules';
import type { AppDB, VolunteerRecord } from './app-db';
import type { Writer } from './write';

/** The live volunteers holding any of these ids, by id. */
export async function volunteersWithIds(
  db: AppDB,
  nationalIds: readonly string[],
): Promise<Map<string, VolunteerRecord>> {
  const found = await db.volunteers
    .where('ix.nid')
    .anyOf([...nationalIds])
    .toArray();
  return new Map(found.map((v) => [v.nationalId, v]));
}

export function duplicateIdError(existing: VolunteerRecord, row?: number): UserFacingError {
  const name = `${existing.firstNameTh} ${existing.lastNameTh}`;
  return new UserFacingError(
    'volunteer.duplicate-id',
    {
      th: `เลขประจำตัวประชาชน ${formatThaiId(existing.nationalId)} มีในทะเบียนแล้ว: ${name} (${existing.owner}) กรุณาเปิดข้อมูลเดิมแทนการเพิ่มใหม่`,
      en: `National id ${formatThaiId(existing.nationalId)} is already in the registry: ${name} (${existing.owner}). Open that record instead of adding a new one.`,
    },
    { field: 'nationalId', ...(row !== undefined ? { row } : {}), column: existing.id },
  );
}

function invalidError(fields: unknown): UserFacingError | null {
  const check = checkVolunteer(fields, todayIso());
  if (check.ok) return null;
  const first = check.problems[0]!;
  return new UserFacingError(first.code, { th: first.th, en: first.en }, { field: first.field });
}

export async function addVolunteer(db: AppDB, writer: Writer, fields: VolunteerFields) {
  const invalid = invalidError(fields);
  if (invalid) throw invalid;
  return db.transaction('rw', [db.volunteers, db.audit, db.meta], async () => {
    const existing = (await volunteersWithIds(db, [fields.nationalId])).get(fields.nationalId);
    if (existing) throw duplicateIdError(existing);
    return writer.create('volunteers', fields);
  });
}

export async function changeVolunteer(
  db: AppDB,
  writer: Writer,
  id: string,
  fields: VolunteerFields,
) {
  const invalid = invalidError(fields);
  if (invalid) throw invalid;
  return db.transaction('rw', [db.volunteers, db.audit, db.meta], async () => {
    const existing = (await volunteersWithIds(db, [fields.nationalId])).get(fields.nationalId);
    if (existing && existing.id !== id) throw duplicateIdError(existing);
    return writer.update('volunteers', id, fields);
  });
}
