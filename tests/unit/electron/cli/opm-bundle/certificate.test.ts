import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { generateAgeKeyPair } from '@shared/bundle/age';
import { fromBase64, toBase64, utf8 } from '@shared/bundle/bytes';
import { CERTIFICATE_PREFIX, signCertificate } from '@shared/bundle/certificate-signature';
import { departmentKeysFileText } from '@shared/bundle/department-keys';
import {
  generateMinisignKeyPair,
  publicKeyBase64,
  signMinisign,
  type MinisignKeyPair,
} from '@shared/bundle/minisign';
import type { CertificateFacts } from '@shared/domain/training/certificate';
import { workspace, type Workspace } from '../../../../interop/tools';

const launcher = fileURLToPath(new URL('../../../../../bin/opm-bundle.mjs', import.meta.url));

// Every case starts Node and tsx afresh, a second or two each.
vi.setConfig({ testTimeout: 120_000 });

type Result = { code: number | null; stdout: string; stderr: string };

/** Runs the real tool through its launcher, as an officer's script would. */
function cli(ws: Workspace, args: string[], input?: string): Result {
  const result = spawnSync(process.execPath, [launcher, ...args], {
    cwd: ws.dir,
    encoding: 'utf8',
    input: input ?? '',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const centreKeys = generateMinisignKeyPair();
const departmentKeys = generateMinisignKeyPair();

const facts = (by: string, org: string): CertificateFacts => ({
  v: 1,
  no: `${by}/2569/0007`,
  name: 'นางสาวกิ่งแก้ว ศรีสุข',
  course: 'การพัฒนาศักยภาพ อพม. ด้านการจัดการรายกรณี',
  round: 2,
  from: '2026-03-21',
  to: '2026-03-22',
  org,
  by,
  on: '2026-03-22',
});

const codeSignedBy = (keys: MinisignKeyPair, by: string, org: string) =>
  signCertificate(facts(by, org), async (message, comment) =>
    signMinisign(message, keys.secretKey, comment),
  );

async function entry(id: string, keys: MinisignKeyPair, revokedAt: string | null = null) {
  return {
    id,
    organisation: id.split('-')[0]!,
    minisignPublicKey: publicKeyBase64(keys.publicKey),
    ageRecipient: (await generateAgeKeyPair()).recipient,
    validFrom: '2026-01-01T00:00:00.000Z',
    revokedAt,
  };
}

async function keyringFile(ws: Workspace, name: string, revokedAt: string | null = null) {
  const installations = [
    await entry('C6501-1', centreKeys, revokedAt),
    await entry('DSDW-1', departmentKeys),
  ];
  ws.write(name, JSON.stringify({ format: 'opm-keyring', version: 1, installations }));
}

/** The code with one character of the holder's name changed, its signature kept. */
function alterOneCharacter(code: string): string {
  const [factsPart, signature] = code.slice(CERTIFICATE_PREFIX.length).split('.');
  const json = new TextDecoder().decode(fromBase64(factsPart!)!);
  const altered = json.replace('กิ่งแก้ว', 'กิ่งก้ว');
  return `${CERTIFICATE_PREFIX}${toBase64(utf8(altered))}.${signature}`;
}

describe('opm-bundle certificate', () => {
  it('prints the facts and "valid" for a certificate the keyring vouches for, from --text or stdin', async () => {
    const ws = workspace();
    await keyringFile(ws, 'keyring.json');
    const code = await codeSignedBy(centreKeys, 'C6501-1', 'C6501');
    const given = cli(ws, ['certificate', '--keyring', 'keyring.json', '--text', code]);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain('number:    C6501-1/2569/0007');
    expect(given.stdout).toContain('holder:    นางสาวกิ่งแก้ว ศรีสุข');
    expect(given.stdout).toContain('round:     2, 2026-03-21 to 2026-03-22');
    expect(given.stdout).toContain('valid: signed by C6501-1');
    const piped = cli(ws, ['certificate', '--keyring', 'keyring.json'], `${code}\n`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(given.stdout);
  });

  it('refuses an altered certificate, a revoked key and an unknown issuer with the reason', async () => {
    const ws = workspace();
    await keyringFile(ws, 'keyring.json');
    await keyringFile(ws, 'revoked.json', '2026-03-01T00:00:00.000Z');
    const code = await codeSignedBy(centreKeys, 'C6501-1', 'C6501');

    const altered = cli(ws, ['certificate', '--keyring', 'keyring.json'], alterOneCharacter(code));
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain('holder:    นางสาวกิ่งก้ว ศรีสุข');
    expect(altered.stderr).toContain(
      'certificate refused: The signature does not match the facts: this certificate was altered or forged',
    );

    const revoked = cli(ws, ['certificate', '--keyring', 'revoked.json', '--text', code]);
    expect(revoked.code).toBe(1);
    expect(revoked.stdout).toContain('holder:    นางสาวกิ่งแก้ว ศรีสุข');
    expect(revoked.stderr).toContain('was revoked before its issue date');

    const stranger = await codeSignedBy(generateMinisignKeyPair(), 'C6502-1', 'C6502');
    const unknown = cli(ws, ['certificate', '--keyring', 'keyring.json', '--text', stranger]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("is not in the department's keyring");

    const cut = cli(ws, ['certificate', '--keyring', 'keyring.json', '--text', code.slice(0, 60)]);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toBe('');
    expect(cut.stderr).toContain('not an OPM Centre certificate code, or it is cut short');
  });

  it("takes the department's public-keys file, which vouches for the department's installations", async () => {
    const ws = workspace();
    ws.write(
      'department-keys.json',
      departmentKeysFileText({
        format: 'opm-department-keys',
        version: 1,
        installations: [await entry('DSDW-1', departmentKeys)],
      }),
    );
    const department = await codeSignedBy(departmentKeys, 'DSDW-1', 'DSDW');
    const ok = cli(ws, ['certificate', '--keyring', 'department-keys.json', '--text', department]);
    expect(ok.code, ok.stderr).toBe(0);
    const centre = await codeSignedBy(centreKeys, 'C6501-1', 'C6501');
    const refused = cli(ws, ['certificate', '--keyring', 'department-keys.json', '--text', centre]);
    expect(refused.code).toBe(1);
  });

  it('exits 2 when called the wrong way', async () => {
    const ws = workspace();
    await keyringFile(ws, 'keyring.json');
    const noKeyring = cli(ws, ['certificate', '--text', 'OPM-C1:x.y']);
    expect(noKeyring.code).toBe(2);
    expect(noKeyring.stderr).toContain('certificate needs --keyring');
    const noText = cli(ws, ['certificate', '--keyring', 'keyring.json'], '  \n');
    expect(noText.code).toBe(2);
    expect(noText.stderr).toContain('certificate needs the QR text');
    const help = cli(ws, ['--help']);
    expect(help.stdout).toContain('certificate --keyring K.json [--text TEXT]');
  });
});
