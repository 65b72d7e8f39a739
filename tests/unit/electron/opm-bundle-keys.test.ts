import { describe, expect, it, vi } from 'vitest';
import { fingerprintOf, parseEnrolment } from '@shared/bundle/enrolment';
import { isPasswordProtectedMinisignKey } from '@shared/bundle/key-backup';
import { workspace } from '../../interop/tools';
import { cli, keygen, writeTables } from './opm-bundle-cli';

// Every case starts Node and tsx afresh, a second or two each.
vi.setConfig({ testTimeout: 120_000 });

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
