// Version 10: installation settings, the audit log, organisations, volunteers and conflicts.
import type { Migration } from './migration';

export const v10Core: Migration = {
  version: 10,
  stores: {
    meta: 'key',
    audit: '++seq, [table+recordId], at',
    organisations: 'id, lc, owner, &code',
    // nationalId is not unique here: a tombstone keeps its id, and a copy from another centre may
    // share one until a person merges the two (the write layer refuses live duplicates).
    volunteers: 'id, lc, owner, nationalId, status, [status+deletedAt], updatedAt',
    // The other side of a conflict: kept beside the record until a person chooses or merges.
    conflicts: '++seq, [table+recordId]',
  },
};
