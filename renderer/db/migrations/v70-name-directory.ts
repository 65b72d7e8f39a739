// Version 70: search by name is answered from the names held in memory (NameDirectory), so the
// name-term index goes: it was over four in ten of a volunteer's index entries, and imports and
// receipts write that much less. `ix.seq` lets the directory read only the volunteers written since
// it last looked. Records written before keep their old `ix.terms` field, now unindexed and unread,
// rather than rewriting the whole registry here.
import type { Migration } from './migration';

export const v70NameDirectory: Migration = {
  version: 70,
  stores: {
    volunteers: [
      'id',
      'lc',
      'owner',
      'ix.sort',
      'ix.seq',
      'ix.nid',
      '*ix.phones',
      'ix.status',
      'ix.tier',
      'ix.subd',
      'ix.birth',
      'ix.joined',
      '*ix.groups',
      '*ix.skills',
    ].join(', '),
  },
};
