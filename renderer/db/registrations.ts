// The department's registrations of volunteers (ขึ้นทะเบียนกับ พส.): who still lacks one, giving
// numbers to many in one transaction through the write layer, and taking a batch back.
import { toBuddhistYear, toIsoDate } from '@shared/domain/dates/buddhist-era';
import { DEPARTMENT_CODE, provinceOfCentre } from '@shared/domain/organisations/codes';
import { UserFacingError } from '@shared/errors';
import type { AppDB, RegistrationRecord, VolunteerRecord } from './app-db';
import { createWriter } from './write';
import type { WriteContext } from './write-context';

export type SkipReason = 'registered' | 'deleted' | 'not-found' | 'no-province';

export type Assignment = {
  /** The registrations made, in the order of the ids given. */
  created: RegistrationRecord[];
  skipped: { volunteerId: string; reason: SkipReason }[];
};

export type AssignOptions = {
  /** Called after each batch is written, inside the transaction: throwing undoes everything. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
};

const BATCH = 500;
const RUNNING_DIGITS = 5;
const HIGHEST_RUNNING = 10 ** RUNNING_DIGITS - 1;

/** `<province>-<Buddhist-era year>-<running number>`, e.g. `65-2569-00012`. */
export function registrationNumber(province: string, beYear: number, running: number): string {
  return `${numberPrefix(province, beYear)}${String(running).padStart(RUNNING_DIGITS, '0')}`;
}

function numberPrefix(province: string, beYear: number): string {
  return `${province}-${beYear}-`;
}

function departmentOnly(context: WriteContext): void {
  if (context.organisation === DEPARTMENT_CODE) return;
  throw new UserFacingError('registrations.department-only', {
    th: `เครื่องนี้เป็นของ ${context.organisation} ซึ่งไม่ใช่กรมพัฒนาสังคมและสวัสดิการ: เลขทะเบียน อพม. ให้ได้เฉพาะที่กรม ส่งรายชื่อให้กรมขึ้นทะเบียนผ่านการรับ–ส่งข้อมูล`,
    en: `This computer belongs to ${context.organisation}, not to the Department of Social Development and Welfare: only the department gives registration numbers. Send the volunteers to the department through the exchange to have them registered.`,
  });
}

function checkDate(on: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  const year = Number(match?.[1]);
  if (match && toIsoDate(year, Number(match[2]), Number(match[3])) === on) return year;
  throw new UserFacingError(
    'registrations.bad-date',
    {
      th: `วันที่ขึ้นทะเบียน "${on}" ไม่ใช่วันที่ที่มีจริง: เลือกวันที่ใหม่`,
      en: `The registration date "${on}" is not a real date: choose the date again.`,
    },
    { field: 'on' },
  );
}

/** The highest running number held for a province and year, tombstones included (never reissued). */
async function highestRunning(db: AppDB, prefix: string): Promise<number> {
  const [last] = (await db.registrations
    .where('number')
    .between(
      `${prefix}${'0'.repeat(RUNNING_DIGITS)}`,
      `${prefix}${'9'.repeat(RUNNING_DIGITS)}`,
      true,
      true,
    )
    .reverse()
    .limit(1)
    .keys()) as string[];
  return last ? Number(last.slice(prefix.length, prefix.length + RUNNING_DIGITS)) : 0;
}

/** The volunteers (of those given) that hold a registration that is not a tombstone. */
async function withLiveRegistration(db: AppDB, volunteerIds: string[]): Promise<Set<string>> {
  const held = await db.registrations.where('volunteerId').anyOf(volunteerIds).toArray();
  return new Set(held.filter((r) => r.deletedAt === null).map((r) => r.volunteerId));
}

function skipReasonOf(
  volunteer: VolunteerRecord | undefined,
  registered: Set<string>,
): SkipReason | null {
  if (!volunteer) return 'not-found';
  if (volunteer.deletedAt !== null) return 'deleted';
  if (registered.has(volunteer.id)) return 'registered';
  if (provinceOfCentre(volunteer.owner) === null) return 'no-province';
  return null;
}

function rangeError(prefix: string): UserFacingError {
  return new UserFacingError('registrations.numbers-full', {
    th: `เลขทะเบียนชุด ${prefix} ใช้ครบ ${HIGHEST_RUNNING.toLocaleString('th-TH')} เลขแล้ว: ขึ้นทะเบียนที่เหลือด้วยวันที่ของปีถัดไป`,
    en: `The registration numbers ${prefix} are all used (${HIGHEST_RUNNING.toLocaleString('en-GB')}): register the rest with a date in the next year.`,
  });
}

/**
 * Gives each volunteer without a live registration the next number of its centre's province and
 * the year of `on`, all in one transaction; volunteers already registered, tombstones and unknown
 * ids are skipped and reported. A number, once given, is never given again, even after undo.
 */
export async function assignRegistrations(
  db: AppDB,
  context: WriteContext,
  volunteerIds: readonly string[],
  on: string,
  options: AssignOptions = {},
): Promise<Assignment> {
  departmentOnly(context);
  const beYear = toBuddhistYear(checkDate(on));
  const ids = [...new Set(volunteerIds)];
  const writer = createWriter(db, context);
  const tables = [db.volunteers, db.registrations, db.audit, db.meta];
  return db.transaction('rw', tables, async () => {
    const volunteers = await db.volunteers.bulkGet(ids);
    const registered = await withLiveRegistration(db, ids);
    const skipped: Assignment['skipped'] = [];
    const next = new Map<string, number>();
    const records: { volunteerId: string; number: string }[] = [];
    for (const [i, volunteer] of volunteers.entries()) {
      const reason = skipReasonOf(volunteer, registered);
      if (reason) {
        skipped.push({ volunteerId: ids[i]!, reason });
        continue;
      }
      const province = provinceOfCentre(volunteer!.owner)!;
      const prefix = numberPrefix(province, beYear);
      const running = (next.get(prefix) ?? (await highestRunning(db, prefix))) + 1;
      if (running > HIGHEST_RUNNING) throw rangeError(prefix);
      next.set(prefix, running);
      records.push({
        volunteerId: volunteer!.id,
        number: registrationNumber(province, beYear, running),
      });
    }
    const created: RegistrationRecord[] = [];
    const size = options.batchSize ?? BATCH;
    for (let from = 0; from < records.length; from += size) {
      const batch = records.slice(from, from + size).map((r) => ({
        ...r,
        owner: DEPARTMENT_CODE,
        status: 'registered' as const,
        on,
      }));
      created.push(...(await writer.createMany('registrations', batch)));
      options.onProgress?.(created.length, records.length);
    }
    return { created, skipped };
  });
}

/** Takes back the registrations of one assignment (undo): each becomes a tombstone, together. */
export async function undoAssignment(
  db: AppDB,
  context: WriteContext,
  registrationIds: readonly string[],
): Promise<void> {
  departmentOnly(context);
  const writer = createWriter(db, context);
  await db.transaction('rw', [db.registrations, db.audit, db.meta], async () => {
    for (const id of registrationIds) await writer.remove('registrations', id);
  });
}

/** The ids of a centre's live volunteers that hold no live registration, in Thai name order. */
export async function unregisteredVolunteers(db: AppDB, owner: string): Promise<string[]> {
  const held = await db.volunteers.where('owner').equals(owner).toArray();
  const live = held.filter((v) => v.deletedAt === null);
  const registered = await withLiveRegistration(
    db,
    live.map((v) => v.id),
  );
  return live
    .filter((v) => !registered.has(v.id))
    .sort((a, b) => byNameThenId(a, b))
    .map((v) => v.id);
}

function byNameThenId(a: VolunteerRecord, b: VolunteerRecord): number {
  const x = a.ix.sort ?? '';
  const y = b.ix.sort ?? '';
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * How many of each organisation's volunteers hold a live registration with the status
 * `registered`. The registrations are read in one request and each organisation's volunteer ids
 * from the owner index: an index walk per organisation (anyOf over its ids) costs a cursor step a
 * volunteer, many times slower for the whole corps.
 */
export async function registeredCounts(
  db: AppDB,
  owners: readonly string[],
): Promise<Map<string, number>> {
  const held = await db.registrations.where('status').equals('registered').toArray();
  const registered = new Set(held.filter((r) => r.deletedAt === null).map((r) => r.volunteerId));
  const counts = await Promise.all(
    owners.map(async (owner) => {
      const ids = (await db.volunteers.where('owner').equals(owner).primaryKeys()) as string[];
      return ids.filter((id) => registered.has(id)).length;
    }),
  );
  return new Map(owners.map((owner, i) => [owner, counts[i]!]));
}

/** Every organisation that owns volunteers here, with how many records it owns (by the index). */
export async function volunteerOwners(db: AppDB): Promise<{ owner: string; count: number }[]> {
  const owners = (await db.volunteers.orderBy('owner').uniqueKeys()) as string[];
  return Promise.all(
    owners.map(async (owner) => ({
      owner,
      count: await db.volunteers.where('owner').equals(owner).count(),
    })),
  );
}
