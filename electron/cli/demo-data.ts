// Writes demo data as NDJSON, one `<table>.ndjson` a table sorted by id, for benchmarks and scripts:
//   npm run demo -- --out DIR [--seed N] [--centres N] [--volunteers N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { demoVolunteers, generateDemoCentres } from '../../shared/demo/index';
import { DEPARTMENT_CODE } from '../../shared/domain/organisations/codes';
import { createRandom } from '../../shared/demo/random';
import { uuidFrom } from '../../shared/demo/uuid';

/** A fixed time, so that the same seed gives the same bytes. */
const STAMPED_AT = '2026-01-01T00:00:00.000Z';

function stamped<T extends { owner: string }>(record: T) {
  const by = `${record.owner}-1`;
  return { ...record, vv: { [by]: 1 }, updatedAt: STAMPED_AT, updatedBy: by, deletedAt: null };
}

function ndjson(records: readonly { id: string }[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((r) => JSON.stringify(r)).join('\n') + (sorted.length ? '\n' : '');
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      centres: { type: 'string' },
      volunteers: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('usage: demo-data --out DIR [--seed N] [--centres N (1-77)] [--volunteers N]');
    process.exit(2);
  }
  const seed = count(values.seed, 2557, 'seed');
  const centres = generateDemoCentres({ seed, count: count(values.centres, 20, 'centres') });
  const random = createRandom(seed, 0x0c0de);
  const organisations = centres.map((c) =>
    stamped({ ...c, id: uuidFrom(random), owner: DEPARTMENT_CODE }),
  );
  const volunteers = [
    ...demoVolunteers({ seed, centres, count: count(values.volunteers, 1000, 'volunteers') }),
  ].map(stamped);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'organisations.ndjson'), ndjson(organisations));
  writeFileSync(join(values.out, 'volunteers.ndjson'), ndjson(volunteers));
  console.log(
    `${organisations.length} organisations, ${volunteers.length} volunteers → ${values.out}`,
  );
}

main();
