import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import { departmentKeysFileText } from '@shared/bundle/department-keys';
import { fingerprintOf, parseEnrolment } from '@shared/bundle/enrolment';
import { isPasswordProtectedMinisignKey } from '@shared/bundle/key-backup';
import { workspace, type Workspace } from '../../interop/tools';
import { rezip } from '../shared/bundle/bundle-fixture';

const launcher = fileURLToPath(new URL('../../../bin/opm-bundle.mjs', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

// Every case starts Node and tsx afresh, a second or two each.
vi.setConfig({ testTimeout: 120_000 });

type Result = { code: number | null; stdout: string; stderr: string };

/** Runs the real tool through its launcher, as an officer's script would. */
function cli(ws: Workspace, ...args: string[]): Result {
  const result = spawnSync(process.execPath, [launcher, ...args], {
    cwd: ws.dir,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cliAsync(ws: Workspace, ...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], { cwd: ws.dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function keygen(ws: Workspace, id: string): void {
  expect(cli(ws, 'keygen', '--installation', id, '--out', 'keys').code).toBe(0);
}

const volunteerLine = (n: number, extra = '') =>
  `{"id":"00000000-0000-4000-8000-00000000000${n}","owner":"C6501","vv":{"C6501-1":${n}},` +
  `"updatedAt":"2026-11-20T03:00:00.000Z","updatedBy":"C6501-1","deletedAt":null${extra}}\n`;

function writeTables(ws: Workspace): void {
  ws.write('in/volunteers.ndjson', volunteerLine(1) + volunteerLine(2) + volunteerLine(3));
  ws.write('in/trainingRounds.ndjson', '');
  ws.write('in/files/photo.jpg', utf8('not really a photo'));
}

function prepare(): Workspace {
  const ws = workspace();
  ws.run('mkdir', ['-p', 'in/files', 'out']);
  keygen(ws, 'C6501-1');
  keygen(ws, 'DSDW-1');
  writeTables(ws);
  return ws;
}

const packEncrypted = (ws: Workspace, ...extra: string[]) =>
  cli(
    ws,
    'pack',
    'in',
    '--issuer',
    'C6501-1',
    '--key',
    'keys/C6501-1.minisign.key',
    '--recipient',
    'keys/DSDW-1.age.pub',
    '--recipient',
    'keys/C6501-1.age.pub',
    '--created-at',
    '2026-11-22T09:30:00.000Z',
    '--out',
    'out',
    ...extra,
  );

const bundle = 'out/C6501-1-000001-20261122.opmb';

describe('opm-bundle keygen', () => {
  it('writes keys that the real minisign and age use', () => {
    const ws = workspace();
    keygen(ws, 'C6501-1');
    ws.write('note.txt', 'ข้อมูลทดสอบ\n');
    ws.run('minisign', ['-S', '-s', 'keys/C6501-1.minisign.key', '-m', 'note.txt']);
    expect(
      ws.run('minisign', ['-V', '-p', 'keys/C6501-1.minisign.pub', '-m', 'note.txt']),
    ).toContain('Signature and comment signature verified');
    ws.run('age', ['-e', '-R', 'keys/C6501-1.age.pub', '-o', 'note.age', 'note.txt']);
    expect(ws.run('age', ['-d', '-i', 'keys/C6501-1.age.key', 'note.age'])).toBe('ข้อมูลทดสอบ\n');
    expect(ws.readText('keys/C6501-1.age.pub')).toMatch(/^age1[0-9a-z]{58}\n$/);
  });

  it('refuses to overwrite keys, and an empty password file', () => {
    const ws = workspace();
    keygen(ws, 'C6501-1');
    const again = cli(ws, 'keygen', '--installation', 'C6501-1', '--out', 'keys');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already in keys');
    ws.write('empty', '');
    const empty = cli(
      ws,
      'keygen',
      '--installation',
      'C6501-2',
      '--out',
      'k',
      '--password-file',
      'empty',
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty is empty: put the password on its first line');
  });

  // Four derivations of a key from a password at minisign's and age's own cost: slower than the rest.
  it('protects the secret keys with --password-file, for minisign and for our own commands', () => {
    const ws = workspace();
    ws.run('mkdir', ['-p', 'in/files', 'out']);
    writeTables(ws);
    ws.write('password', 'ความลับ ของศูนย์ 42\n');
    ws.write('wrong', 'ความลับ ของศูนย์ 43\n');
    const made = cli(
      ws,
      'keygen',
      '--installation',
      'C6501-2',
      '--out',
      'keys',
      '--password-file',
      'password',
    );
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('(secret keys protected by the password)');
    expect(isPasswordProtectedMinisignKey(ws.readText('keys/C6501-2.minisign.key'))).toBe(true);
    expect(ws.readText('keys/C6501-2.age.key')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    // minisign reads the password from standard input when it is not a terminal.
    ws.write('note.txt', 'ข้อมูลทดสอบ\n');
    ws.run(
      'minisign',
      ['-S', '-s', 'keys/C6501-2.minisign.key', '-m', 'note.txt'],
      'ความลับ ของศูนย์ 42\n',
    );
    expect(
      ws.run('minisign', ['-V', '-p', 'keys/C6501-2.minisign.pub', '-m', 'note.txt']),
    ).toContain('Signature and comment signature verified');

    const pack = (...extra: string[]) =>
      cli(
        ws,
        'pack',
        'in',
        '--issuer',
        'C6501-2',
        '--key',
        'keys/C6501-2.minisign.key',
        '--recipient',
        'keys/C6501-2.age.pub',
        '--created-at',
        '2026-11-22T09:30:00.000Z',
        '--out',
        'out',
        ...extra,
      );
    const unopened = pack();
    expect(unopened.code).toBe(2);
    expect(unopened.stderr).toContain(
      'keys/C6501-2.minisign.key is password-protected: give --password-file F',
    );
    const packed = pack('--password-file', 'password');
    expect(packed.code, packed.stderr).toBe(0);

    const check = (password: string) =>
      cli(
        ws,
        'verify',
        'out/C6501-2-000001-20261122.opmb',
        '--trust',
        'keys/C6501-2.minisign.pub',
        '--identity',
        'keys/C6501-2.age.key',
        '--password-file',
        password,
      );
    expect(check('password').code).toBe(0);
    const refused = check('wrong');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(
      'keys/C6501-2.age.key: The password of the age secret key is wrong',
    );
  }, 300_000);
});

describe('opm-bundle enrolment', () => {
  it('writes the enrolment file from the keys and prints its fingerprint', () => {
    const ws = workspace();
    keygen(ws, 'C6501-1');
    const args = [
      'enrolment',
      '--installation',
      'C6501-1',
      '--organisation-name',
      'ศูนย์ประสานงาน อพม. นราธิวาส',
      '--keys',
      'keys',
    ];
    const result = cli(ws, ...args);
    expect(result.code, result.stderr).toBe(0);
    const enrolment = parseEnrolment(ws.readText('keys/C6501-1.opm-enrolment.json'));
    expect(enrolment).toMatchObject({
      installationId: 'C6501-1',
      organisation: 'C6501',
      organisationName: 'ศูนย์ประสานงาน อพม. นราธิวาส',
      minisignPublicKey: ws.readText('keys/C6501-1.minisign.pub').split('\n')[1],
      ageRecipient: ws.readText('keys/C6501-1.age.pub').trim(),
    });
    expect(result.stdout).toContain(
      `fingerprint to read aloud: ${fingerprintOf(enrolment.minisignPublicKey, enrolment.ageRecipient)}`,
    );
    const again = cli(ws, ...args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
  });
});

describe('opm-bundle pack and verify', () => {
  it('packs an encrypted bundle that verifies with --trust and --identity', () => {
    const ws = prepare();
    const packed = packEncrypted(ws);
    expect(packed.code, packed.stderr).toBe(0);
    const verified = cli(
      ws,
      'verify',
      bundle,
      '--trust',
      'keys/C6501-1.minisign.pub',
      '--identity',
      'keys/DSDW-1.age.key',
    );
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout.trim().split('\n')).toHaveLength(1);
    expect(verified.stdout).toMatch(
      /^valid: .*records bundle from C6501-1 \(C6501\) to DSDW.*3 records, 1 files, encrypted/,
    );
    // The sender can re-read what it sent; the real age opens it too.
    expect(
      cli(
        ws,
        'verify',
        bundle,
        '--trust',
        'keys/C6501-1.minisign.pub',
        '--identity',
        'keys/C6501-1.age.key',
      ).code,
    ).toBe(0);
    ws.run('age', ['-d', '-i', 'keys/DSDW-1.age.key', '-o', 'b.zip', bundle]);
    expect(ws.run('unzip', ['-l', 'b.zip'])).toContain('data/volunteers.ndjson');
  });

  it('refuses a tampered bundle with exit 1 and the reason in one line', () => {
    const ws = prepare();
    const packed = cli(
      ws,
      'pack',
      'in',
      '--issuer',
      'DSDW-1',
      '--key',
      'keys/DSDW-1.minisign.key',
      '--plain',
      '--created-at',
      '2026-11-22T09:30:00.000Z',
      '--out',
      'plain.opmb',
    );
    expect(packed.code, packed.stderr).toBe(0);
    // Same size, one digit changed: only the SHA-256 in the signed manifest can catch it.
    const tampered = rezip(ws.read('plain.opmb'), (entries) =>
      entries.map((entry) =>
        entry.name === 'data/volunteers.ndjson'
          ? {
              ...entry,
              data: utf8(
                new TextDecoder().decode(entry.data).replace('"C6501-1":1', '"C6501-1":9'),
              ),
            }
          : entry,
      ),
    );
    ws.write('tampered.opmb', tampered);
    const result = cli(ws, 'verify', 'tampered.opmb', '--trust', 'keys/DSDW-1.minisign.pub');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      'The SHA-256 of "data/volunteers.ndjson" differs from manifest.json (altered or damaged)',
    );
    const wrongKey = cli(ws, 'verify', 'plain.opmb', '--trust', 'keys/C6501-1.minisign.pub');
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('the issuer is not in the keyring');
    // The department's public keys vouch for what the department signs.
    ws.write(
      'department-keys.json',
      departmentKeysFileText({
        format: 'opm-department-keys',
        version: 1,
        installations: [
          {
            id: 'DSDW-1',
            organisation: 'DSDW',
            minisignPublicKey: ws.readText('keys/DSDW-1.minisign.pub').split('\n')[1]!,
            ageRecipient: ws.readText('keys/DSDW-1.age.pub').trim(),
            validFrom: '2026-01-01T00:00:00.000Z',
            revokedAt: null,
          },
        ],
      }),
    );
    const vouched = cli(ws, 'verify', 'plain.opmb', '--department-keys', 'department-keys.json');
    expect(vouched.code, vouched.stderr).toBe(0);
  });

  it('exits 2 when called the wrong way', async () => {
    const ws = prepare();
    expect(packEncrypted(ws).code).toBe(0);
    const cases: string[][] = [
      [],
      ['frobnicate'],
      ['verify', bundle],
      ['verify', bundle, '--trust', 'keys/C6501-1.minisign.pub', '--keyring', 'k.json'],
      ['verify', bundle, '--trust', 'keys/C6501-1.minisign.pub'],
      ['verify', '--trust', 'keys/C6501-1.minisign.pub', '--identity', 'keys/DSDW-1.age.key'],
      ['verify', bundle, '--trust', 'keys/C6501-1.age.pub', '--identity', 'keys/DSDW-1.age.key'],
      ['verify', bundle, '--bogus'],
      ['pack', 'in', '--issuer', 'C6501-1', '--key', 'keys/C6501-1.minisign.key', '--out', 'x'],
      ['pack', 'in', '--issuer', 'C6501', '--key', 'k', '--plain', '--out', 'x'],
      [
        'pack',
        'in',
        '--issuer',
        'DSDW-1',
        '--key',
        'k',
        '--plain',
        '--out',
        'x',
        '--sequence',
        '2',
      ],
      ['keygen', '--out', 'keys'],
      ['enrolment', '--keys', 'keys', '--organisation-name', 'x'],
    ];
    const results = await Promise.all(cases.map((args) => cliAsync(ws, ...args)));
    for (const [i, result] of results.entries()) {
      const args = cases[i]!;
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('refuses to pack personal data unencrypted, with the English refusal', () => {
    const ws = prepare();
    const result = cli(
      ws,
      'pack',
      'in',
      '--issuer',
      'C6501-1',
      '--key',
      'keys/C6501-1.minisign.key',
      '--plain',
      '--kind',
      'records',
      '--out',
      'x.opmb',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('A bundle that carries personal data must be encrypted');
  });
});

describe('opm-bundle inspect', () => {
  it('prints the manifest and the entries with their sizes and SHA-256', () => {
    const ws = prepare();
    expect(packEncrypted(ws).code).toBe(0);
    const result = cli(ws, 'inspect', bundle, '--identity', 'keys/DSDW-1.age.key');
    expect(result.code, result.stderr).toBe(0);
    const [manifestText] = result.stdout.split('\n\n');
    const manifest = JSON.parse(manifestText!) as {
      issuer: string;
      entries: { path: string; sha256: string }[];
    };
    expect(manifest.issuer).toBe('C6501-1');
    const volunteers = manifest.entries.find((entry) => entry.path === 'data/volunteers.ndjson')!;
    expect(result.stdout).toContain(
      `data/volunteers.ndjson\t${volunteerLine(1).length * 3}\t${volunteers.sha256}`,
    );
    expect(result.stdout).toMatch(/^manifest\.json\.minisig\t\d+\t[0-9a-f]{64}$/m);
  });
});

describe('opm-bundle verify --keyring', () => {
  function keyringFor(ws: Workspace, revokedAt: string | null): string {
    const entry = (id: string, organisation: string) => ({
      id,
      organisation,
      minisignPublicKey: ws.readText(`keys/${id}.minisign.pub`).split('\n')[1],
      ageRecipient: ws.readText(`keys/${id}.age.pub`).trim(),
      validFrom: '2026-01-01T00:00:00.000Z',
      revokedAt: id === 'C6501-1' ? revokedAt : null,
    });
    return JSON.stringify({
      format: 'opm-keyring',
      version: 1,
      installations: [entry('C6501-1', 'C6501'), entry('DSDW-1', 'DSDW')],
    });
  }

  it('accepts a bundle whose issuer the keyring lists, and refuses a revoked key', () => {
    const ws = prepare();
    expect(packEncrypted(ws).code).toBe(0);
    ws.write('keyring.json', keyringFor(ws, null));
    const ok = cli(
      ws,
      'verify',
      bundle,
      '--keyring',
      'keyring.json',
      '--identity',
      'keys/DSDW-1.age.key',
    );
    expect(ok.code, ok.stderr).toBe(0);
    ws.write('revoked.json', keyringFor(ws, '2026-06-01T00:00:00.000Z'));
    const revoked = cli(
      ws,
      'verify',
      bundle,
      '--keyring',
      'revoked.json',
      '--identity',
      'keys/DSDW-1.age.key',
    );
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toContain('the key was revoked at 2026-06-01T00:00:00.000Z');
    ws.write(
      'broken.json',
      '{"format":"opm-keyring","version":1,"installations":[{"id":"C6501-1"}]}',
    );
    const broken = cli(
      ws,
      'verify',
      bundle,
      '--keyring',
      'broken.json',
      '--identity',
      'keys/DSDW-1.age.key',
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The keyring is not valid at installations.0');
  });
});

describe('opm-bundle with demo data', () => {
  it('packs and verifies the output of npm run demo', () => {
    const ws = workspace();
    keygen(ws, 'DSDW-1');
    const demo = spawnSync(
      'npm',
      ['run', '-s', 'demo', '--', '--out', `${ws.dir}/demo`, '--volunteers', '200'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(demo.status, demo.stderr).toBe(0);
    const packed = cli(
      ws,
      'pack',
      'demo',
      '--issuer',
      'DSDW-1',
      '--key',
      'keys/DSDW-1.minisign.key',
      '--recipient',
      'keys/DSDW-1.age.pub',
      '--to',
      'C6501',
      '--out',
      'demo.opmb',
    );
    expect(packed.code, packed.stderr).toBe(0);
    const verified = cli(
      ws,
      'verify',
      'demo.opmb',
      '--trust',
      'keys/DSDW-1.minisign.pub',
      '--identity',
      'keys/DSDW-1.age.key',
    );
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/2 tables, 220 records/);
  });
});
