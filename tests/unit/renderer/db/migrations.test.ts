import { readFileSync, existsSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, declareVersions } from '@renderer/db/app-db';
import { latestVersion, migrations } from '@renderer/db/migrations';
import { openDatabase } from '@renderer/db/open-database';
import { VOLUNTEER_COUNTS_KEY, volunteerCounts } from '@renderer/db/volunteer-counts';
import { VOLUNTEER_SEQ_KEY } from '@renderer/db/volunteer-seq';

type Fixture = Record<string, Record<string, unknown>[]>;

function fixtureFor(version: number): Fixture {
  const path = new URL(`../../../fixtures/db/v${version}.json`, import.meta.url);
  if (!existsSync(path)) throw new Error(`Every schema version needs a fixture: v${version}.json`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const olderVersions = migrations.map((m) => m.version).filter((v) => v < latestVersion);

describe('the migration harness', () => {
  it('declares versions in increasing steps of 10', () => {
    migrations.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  it.each(olderVersions)(
    'upgrades a database built at version %i, keeping every row',
    async (version) => {
      const name = `migrate-from-${version}`;
      const fixture = fixtureFor(version);
      const old = new Dexie(name);
      declareVersions(old, migrations, version);
      await old.open();
      await old.transaction('rw', Object.keys(fixture), async () => {
        for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const upgraded = await openDatabase(new AppDB(name));
      expect(upgraded.verno).toBe(latestVersion);
      for (const [table, rows] of Object.entries(fixture)) {
        // The meta table gains the registry's counts (checked below) and its write stamp.
        const added = [VOLUNTEER_COUNTS_KEY, VOLUNTEER_SEQ_KEY];
        const kept = (await upgraded.table(table).toArray()).filter(
          (row) => table !== 'meta' || !added.includes(row.key),
        );
        const given = rows.filter((row) => table !== 'meta' || !added.includes(String(row.key)));
        expect(kept).toHaveLength(given.length);
        // Later versions may add fields; every field a row had is kept as it was.
        if (table !== 'audit') {
          expect(kept).toEqual(
            expect.arrayContaining(given.map((r) => expect.objectContaining(r))),
          );
        }
      }
      // The audit keeps one entry per row, now naming its records in a list.
      const audit = await upgraded.table('audit').toArray();
      expect(audit.every((e) => Array.isArray(e.recordIds) && !('recordId' in e))).toBe(true);
      // Volunteers are in the list indexes and have their histories.
      const volunteers = fixture.volunteers ?? [];
      const listed = await upgraded.table('volunteers').where('ix.sort').above('').count();
      expect(listed).toBe(volunteers.filter((v) => v.deletedAt === null).length);
      for (const v of await upgraded.table('volunteers').toArray()) {
        expect(v.statusHistory.at(-1).status).toBe(v.status);
      }
      // The live volunteers per status are counted, tombstones left out.
      const live = volunteers.filter((v) => v.deletedAt === null);
      expect(await volunteerCounts(upgraded)).toEqual({
        active: live.filter((v) => v.status === 'active').length,
        paused: live.filter((v) => v.status === 'paused').length,
        resigned: live.filter((v) => v.status === 'resigned').length,
        deceased: live.filter((v) => v.status === 'deceased').length,
      });
      // Every table of the latest version is there and usable.
      for (const table of upgraded.tables) await table.count();
      upgraded.close();
    },
  );

  it('refuses a database written by a newer app and leaves it untouched', async () => {
    const name = 'from-the-future';
    const future = new Dexie(name);
    future.version(latestVersion + 1000).stores({ meta: 'key', mystery: 'id' });
    await future.open();
    await future.table('mystery').add({ id: 1, note: 'kept' });
    future.close();

    const error = await openDatabase(new AppDB(name)).catch((e) => e);
    expect(error.code).toBe('db.newer-version');
    expect(error.text.th).toContain('รุ่นที่ใหม่กว่า');

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(latestVersion + 1000);
    expect(await again.table('mystery').get(1)).toEqual({ id: 1, note: 'kept' });
    again.close();
  });
});
