// Every schema version in order. Append a new file for each change; never edit a shipped one.
import type { Migration } from './migration';
import { v10Core } from './v10-core';
import { v20AdminAreas } from './v20-admin-areas';
import { v30Registry } from './v30-registry';
import { v40Exchange } from './v40-exchange';
import { v50SearchIndex } from './v50-search-index';
import { v60Training } from './v60-training';
import { v70NameDirectory } from './v70-name-directory';
import { v80GroupSkillDirectory } from './v80-group-skill-directory';

export const migrations: readonly Migration[] = [
  v10Core,
  v20AdminAreas,
  v30Registry,
  v40Exchange,
  v50SearchIndex,
  v60Training,
  v70NameDirectory,
  v80GroupSkillDirectory,
];

export const latestVersion = migrations[migrations.length - 1]!.version;
