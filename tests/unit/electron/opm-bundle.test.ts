import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import { departmentKeysFileText } from '@shared/bundle/department-keys';
import { workspace, type Workspace } from '../../interop/tools';
import { rezip } from '../shared/bundle/bundle-fixture';
import {
  bundle,
  cli,
  cliAsync,
  keygen,
  packEncrypted,
  prepare,
  root,
  volunteerLine,
} from './opm-bundle-cli';

// Every case starts Node and tsx afresh, a second or two each.
vi.setConfig({ testTimeout: 120_000 });

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
