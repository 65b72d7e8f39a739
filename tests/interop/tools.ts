// Runs the real command-line tools (minisign, age, unzip, sha256sum, python3) in a fresh temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export type Workspace = {
  dir: string;
  path: (name: string) => string;
  write: (name: string, content: string | Uint8Array) => string;
  read: (name: string) => Uint8Array;
  readText: (name: string) => string;
  /** Runs a tool in the workspace; fails the test with its output when it exits non-zero. */
  run: (command: string, args: string[], input?: string) => string;
};

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'opm-interop-'));
  made.push(dir);
  const path = (name: string) => join(dir, name);
  return {
    dir,
    path,
    write: (name, content) => {
      writeFileSync(path(name), content);
      return path(name);
    },
    read: (name) => new Uint8Array(readFileSync(path(name))),
    readText: (name) => readFileSync(path(name), 'utf8'),
    run: (command, args, input) => {
      const result = spawnSync(command, args, { cwd: dir, input, encoding: 'utf8' });
      if (result.error) throw result.error;
      if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      }
      return result.stdout + result.stderr;
    },
  };
}
