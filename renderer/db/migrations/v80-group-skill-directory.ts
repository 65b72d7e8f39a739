// Version 80: filters by target group and by skill are answered from the directory held in memory
// (name-directory.ts, volunteer-tags.ts), so their two multi-entry indexes go: a volunteer's groups
// and skills were over a fifth of its index entries and the longest of them, and every import,
// receipt and bulk load wrote them. The `ix.groups` and `ix.skills` fields stay, unindexed, for
// the filters' checks on records read through other indexes.
import type { Migration } from './migration';

export const v80GroupSkillDirectory: Migration = {
  version: 80,
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
    ].join(', '),
  },
};
