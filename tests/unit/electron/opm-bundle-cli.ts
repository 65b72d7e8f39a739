// Runs the real opm-bundle command in a scratch folder, as an officer's script would, for its tests.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import { workspace, type Workspace } from '../../interop/tools';

const launcher = fileURLToPath(new URL('../../../bin/opm-bundle.mjs', import.meta.url));
export const root = fileURLToPath(new URL('../../../', import.meta.url));

export type Result = { code: number | null; stdout: string; stderr: string };

/** Runs the real tool through its launcher, as an officer's script would. */
export function cli(ws: Workspace, ...args: string[]): Result {
  const result = spawnSync(process.execPath, [launcher, ...args], {
    cwd: ws.dir,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function cliAsync(ws: Workspace, ...args: string[]): Promise<Result> {
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

export function keygen(ws: Workspace, id: string): void {
  expect(cli(ws, 'keygen', '--installation', id, '--out', 'keys').code).toBe(0);
}

export const volunteerLine = (n: number, extra = '') =>
  `{"id":"00000000-0000-4000-8000-00000000000${n}","owner":"C6501","vv":{"C6501-1":${n}},` +
  `"updatedAt":"2026-11-20T03:00:00.000Z","updatedBy":"C6501-1","deletedAt":null${extra}}\n`;

export function writeTables(ws: Workspace): void {
  ws.write('in/volunteers.ndjson', volunteerLine(1) + volunteerLine(2) + volunteerLine(3));
  ws.write('in/trainingRounds.ndjson', '');
  ws.write('in/files/photo.jpg', utf8('not really a photo'));
}

/** A scratch folder with a centre's and the department's keys and three volunteers to pack. */
export function prepare(): Workspace {
  const ws = workspace();
  ws.run('mkdir', ['-p', 'in/files', 'out']);
  keygen(ws, 'C6501-1');
  keygen(ws, 'DSDW-1');
  writeTables(ws);
  return ws;
}

export const packEncrypted = (ws: Workspace, ...extra: string[]) =>
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

export const bundle = 'out/C6501-1-000001-20261122.opmb';
