#!/usr/bin/env node
// Runs the opm-bundle command-line tool (electron/cli/opm-bundle/main.ts) through tsx.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../electron/cli/opm-bundle/main.ts', import.meta.url));
// Resolved from this file, so the tool runs from any working directory.
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--import', tsx, main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
