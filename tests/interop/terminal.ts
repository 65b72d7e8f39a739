// Runs a tool on a pseudo-terminal and types passphrases at its prompts: age reads them only from a terminal.
import { spawnSync } from 'node:child_process';
import type { Workspace } from './tools';

/** Python's pty module: the tool gets a controlling terminal, so age's /dev/tty is this one. */
const driver = String.raw`
import json, os, pty, re, select, sys, time
command, answers = json.loads(sys.argv[1]), json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
out, pending, deadline = b"", b"", time.time() + 120
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    pending += chunk
    if answers and re.search(rb"passphrase[^\n]*:\s*$", pending, re.I):
        os.write(fd, answers.pop(0).encode() + b"\n")
        pending = b""
else:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
`;

/**
 * Runs `command` in the workspace on a terminal, answering each passphrase prompt with the next of
 * `answers`; returns what it printed, and fails the test when it exits non-zero.
 */
export function runInTerminal(
  ws: Workspace,
  command: string,
  args: string[],
  answers: string[],
): string {
  const result = spawnSync(
    'python3',
    ['-c', driver, JSON.stringify([command, ...args]), JSON.stringify(answers)],
    { cwd: ws.dir, encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}`);
  }
  return result.stdout;
}
