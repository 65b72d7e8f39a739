// The one Dexie database of the app: its typed tables and the versions it knows.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { StoredRecord } from '@shared/domain/records/exchange-fields';
import type { Organisation } from '@shared/domain/organisations/organisation';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import type { RegistrationFields } from '@shared/domain/volunteers/registration';
import type { AttendanceFields } from '@shared/domain/training/attendance';
import type { CourseFields } from '@shared/domain/training/course';
import type { ParticipantFields } from '@shared/domain/training/participant';
import type { RoundFields } from '@shared/domain/training/round';
import type { VolunteerIndexFields } from '@shared/domain/volunteers/volunteer-index';
import type { District, Province, Subdistrict } from '@shared/reference/admin-areas';
import type { UserMessage } from '@shared/errors';
import type { Migration } from './migrations/migration';
import { migrations } from './migrations';
import { volunteerCountsMiddleware } from './volunteer-counts';
import { volunteerSeqMiddleware } from './volunteer-seq';

export const DATABASE_NAME = 'opm-centre';

export type MetaRow = { key: string; value: unknown };

export type AuditKind = 'create' | 'update' | 'delete' | 'restore' | 'receive';

/** Who changed which record, when and how; field names only, never their values (PDPA). */
export type AuditEntry = {
  seq?: number;
  at: string;
  installation: string;
  table: string;
  /** One entry may cover a batch written together (an import, a bulk change). */
  recordIds: string[];
  kind: AuditKind;
  fields: string[];
  /** Set when the change was part of a merge: the merge's seq in the merges table. */
  merge?: number;
};

/** An incoming version that conflicted with the local one (both changed since they last agreed). */
export type ConflictEntry = {
  seq?: number;
  table: string;
  recordId: string;
  incoming: Record<string, unknown>;
  receivedAt: string;
};

export type OrganisationRecord = StoredRecord<Organisation>;
export type VolunteerRecord = StoredRecord<VolunteerFields> & {
  /** Local list indexes, derived on every write; empty on a tombstone; never exported. */
  ix: VolunteerIndexFields | Record<string, never>;
};
export type RegistrationRecord = StoredRecord<RegistrationFields>;
export type CourseRecord = StoredRecord<CourseFields>;
export type RoundRecord = StoredRecord<RoundFields>;
export type ParticipantRecord = StoredRecord<ParticipantFields>;
export type AttendanceRecord = StoredRecord<AttendanceFields>;

/** A merge of two volunteers, kept locally with both records as they were, so that it can be undone. */
export type MergeEntry = {
  seq?: number;
  at: string;
  survivorId: string;
  mergedId: string;
  survivorBefore: VolunteerRecord;
  mergedBefore: VolunteerRecord;
  undoneAt: string | null;
};

/** One bundle sent or read, and what became of it (bundle-format.md: kept in the exchange log). */
export type ExchangeLogEntry = {
  seq?: number;
  direction: 'sent' | 'read';
  /** `records` when absent (entries written before keyring bundles were kept). */
  kind?: 'records' | 'keyring';
  /** The file the bundle was read from or written to, as the person named it. */
  fileName?: string;
  /** The installation that issued the bundle, e.g. `C6501-1`; empty when its manifest was unreadable. */
  issuer: string;
  /** The organisation the bundle is addressed to, when known. */
  recipient?: string;
  sequence: number;
  manifestSha256: string;
  outcome: 'applied' | 'rejected' | 'no-op';
  /** Why it was rejected or was a no-op; null when applied. */
  reason: UserMessage | null;
  /** Per table: records added, updated, unchanged, in conflict. */
  counts: Record<string, ExchangeCounts>;
  /** The issuer's `since` and `upTo`, kept so that the next bundle's range can be checked. */
  since: number;
  upTo: number;
  at: string;
};

export type ExchangeCounts = {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
};

/** Something a person should look at; nothing is merged or dropped on the strength of a flag. */
export type FlagEntry = {
  seq?: number;
  table: string;
  recordId: string;
  kind: 'possible-duplicate';
  otherId: string;
  at: string;
};

/** A photo or scanned document, by the SHA-256 of its bytes. */
export type Attachment = { sha256: string; type: string; bytes: Blob; size: number };

/** The tables whose records travel in bundles, by name. */
export type ExchangedTables = {
  organisations: OrganisationRecord;
  volunteers: VolunteerRecord;
  registrations: RegistrationRecord;
  courses: CourseRecord;
  rounds: RoundRecord;
  participants: ParticipantRecord;
  attendance: AttendanceRecord;
};
export type ExchangedTableName = keyof ExchangedTables;

export class AppDB extends Dexie {
  meta!: Table<MetaRow, string>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  conflicts!: EntityTable<ConflictEntry, 'seq'>;
  organisations!: EntityTable<OrganisationRecord, 'id'>;
  volunteers!: EntityTable<VolunteerRecord, 'id'>;
  registrations!: EntityTable<RegistrationRecord, 'id'>;
  courses!: EntityTable<CourseRecord, 'id'>;
  rounds!: EntityTable<RoundRecord, 'id'>;
  participants!: EntityTable<ParticipantRecord, 'id'>;
  attendance!: EntityTable<AttendanceRecord, 'id'>;
  merges!: EntityTable<MergeEntry, 'seq'>;
  attachments!: EntityTable<Attachment, 'sha256'>;
  provinces!: EntityTable<Province, 'code'>;
  districts!: EntityTable<District, 'code'>;
  subdistricts!: EntityTable<Subdistrict, 'code'>;
  exchangeLog!: EntityTable<ExchangeLogEntry, 'seq'>;
  flags!: EntityTable<FlagEntry, 'seq'>;

  constructor(name = DATABASE_NAME, upToVersion = Number.POSITIVE_INFINITY) {
    // Strict durability: a write is reported done only once it is on disk, so a power cut at
    // the centre loses nothing that the screen said was saved.
    super(name, { chromeTransactionDurability: 'strict' });
    declareVersions(this, migrations, upToVersion);
    this.use(volunteerCountsMiddleware);
    this.use(volunteerSeqMiddleware);
  }
}

/** Declares every version up to `upToVersion`, so that tests can build an older database. */
export function declareVersions(db: Dexie, list: readonly Migration[], upToVersion: number): void {
  for (const migration of list) {
    if (migration.version > upToVersion) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}
