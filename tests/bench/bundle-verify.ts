// Writes a national-size records bundle with the shared code under Node, then times its verification
// against the Debian tools doing the same checks on the same file (age -d, unzip -t, unzip and
// sha256sum of every entry, minisign -V). Prints `bench <name> <value> <unit>`; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ageIdentityFileText, generateAgeKeyPair } from '../../shared/bundle/age';
import { generateMinisignKeyPair, publicKeyFileText } from '../../shared/bundle/minisign';
import type { BundleRecord } from '../../shared/bundle/ndjson';
import { verifyBundle } from '../../shared/bundle/read-bundle';
import { writeBundle } from '../../shared/bundle/write-bundle';
import { demoVolunteers, generateDemoCentres } from '../../shared/demo/index';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 200_000);
const STAMPED_AT = '2026-11-22T09:30:00.000Z';

function print(name: string, value: number, unit: string): void {
  const shown = Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 3 : 1));
  console.log(`bench ${name} ${shown} ${unit}`);
}

function seconds(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

async function secondsAsync<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

/** One centre's whole registry, as it would send it to the department the first time. */
function nationalRecords(): BundleRecord[] {
  const centres = generateDemoCentres({ seed: 2557, count: 1 });
  const records: BundleRecord[] = [];
  for (const volunteer of demoVolunteers({ seed: 2557, centres, count: VOLUNTEERS })) {
    records.push({
      ...volunteer,
      owner: 'C6501',
      vv: { 'C6501-1': 1 },
      updatedAt: STAMPED_AT,
      updatedBy: 'C6501-1',
      deletedAt: null,
    });
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const signing = generateMinisignKeyPair();
const centreAge = await generateAgeKeyPair();
const departmentAge = await generateAgeKeyPair();
const records = nationalRecords();

const [writeSeconds, written] = await secondsAsync(() =>
  writeBundle({
    manifestFields: {
      kind: 'records',
      issuer: 'C6501-1',
      organisation: 'C6501',
      recipient: 'DSDW',
      sequence: 1,
      previous: null,
      createdAt: STAMPED_AT,
      since: 0,
      upTo: records.length,
      acks: {},
    },
    tables: { volunteers: records },
    secretKey: signing.secretKey,
    recipients: [departmentAge.recipient, centreAge.recipient],
  }),
);
const megabytes = written.bytes.length / 1024 ** 2;
print(`bundle-size-${VOLUNTEERS}`, megabytes, 'MB');
print(`bundle-write-${VOLUNTEERS}`, writeSeconds, 's');

const [verifySeconds, verified] = await secondsAsync(() =>
  verifyBundle(written.bytes, {
    trust: (issuer) => (issuer === 'C6501-1' ? signing.publicKey : null),
    identities: [departmentAge.identity],
  }),
);
if (verified.tables.volunteers?.length !== VOLUNTEERS) throw new Error('the bundle lost records');
print(`bundle-verify-${VOLUNTEERS}`, verifySeconds, 's');
print(`bundle-verify-throughput`, megabytes / verifySeconds, 'MB/s');

// The same checks with the Debian tools, on the same file.
const folder = mkdtempSync(join(tmpdir(), 'opm-bundle-bench-'));
try {
  const bundlePath = join(folder, written.fileName);
  const identityPath = join(folder, 'DSDW-1.age.key');
  const publicKeyPath = join(folder, 'C6501-1.minisign.pub');
  const zipPath = join(folder, 'bundle.zip');
  const entries = join(folder, 'entries');
  writeFileSync(bundlePath, written.bytes);
  writeFileSync(identityPath, ageIdentityFileText(departmentAge, new Date(STAMPED_AT)));
  writeFileSync(publicKeyPath, publicKeyFileText(signing.publicKey));
  const run = (file: string, args: string[]) =>
    execFileSync(file, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1024 ** 3 });
  const decrypt = seconds(() => run('age', ['-d', '-i', identityPath, '-o', zipPath, bundlePath]));
  const test = seconds(() => run('unzip', ['-tqq', zipPath]));
  const unzip = seconds(() => run('unzip', ['-qq', zipPath, '-d', entries]));
  const hashes = seconds(() =>
    run(
      'sha256sum',
      written.manifest.entries.map((e) => join(entries, e.path)),
    ),
  );
  const signature = seconds(() =>
    run('minisign', ['-Vqm', join(entries, 'manifest.json'), '-p', publicKeyPath]),
  );
  const native = decrypt + test + unzip + hashes + signature;
  print('bundle-native-age-decrypt', decrypt, 's');
  print('bundle-native-unzip-test', test, 's');
  print('bundle-native-unzip-and-sha256sum', unzip + hashes, 's');
  print('bundle-native-minisign-verify', signature, 's');
  print('bundle-native-total', native, 's');
  print('bundle-verify-ratio-to-native', verifySeconds / native, 'x');
  // The manifest the tools checked is the one the app wrote.
  const manifest = JSON.parse(readFileSync(join(entries, 'manifest.json'), 'utf8')) as {
    entries: unknown[];
  };
  if (manifest.entries.length !== written.manifest.entries.length) throw new Error('manifest');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
