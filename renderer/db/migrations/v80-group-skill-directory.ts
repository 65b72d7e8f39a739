// Version 80: filters by target group and by skill are answered from the directory held in memory
// (name-directory.ts, volunteer-tags.ts), so their two multi-entry indexes go: a volunteer's groups
// and skills were over a fifth of its index entries and the longest of them, and every import,
// receipt and bulk load wrote them. The `ix.groups` and `ix.skills` fields stay, unindexed, for
// the filters' checks on records read through other indexes.
import type { Migration } from './migration';
import { v70NameDirectory } from './v70-name-directory';

const dropped = ['*ix.groups', '*ix.skills'];

export const v80GroupSkillDirectory: Migration = {
  version: 80,
  stores: {
    // Version 70's declaration (never edited) without the two, as Dexie needs every index listed.
    volunteers: v70NameDirectory.stores
      .volunteers!.split(', ')
      .filter((spec) => !dropped.includes(spec))
      .join(', '),
  },
};
