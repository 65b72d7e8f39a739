// opm-bundle: keys, enrolment, verify, inspect and pack exchange bundles, and check certificates,
// from the command line.
import { isUserFacingError } from '../../../shared/errors';
import { certificate } from './certificate';
import { enrolment } from './enrolment';
import { inspect } from './inspect';
import { keygen } from './keygen';
import { pack } from './pack';
import { UsageError, USAGE } from './usage';
import { verify } from './verify';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  keygen,
  enrolment,
  verify,
  inspect,
  pack,
  certificate,
};

/** One line for officers' scripts: a UserFacingError's English text, or the system's message. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  const command = name === undefined ? undefined : commands[name];
  try {
    if (!command) throw new UsageError(name ? `unknown command "${name}"` : 'no command given');
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`opm-bundle: ${oneLine(error.message)} (opm-bundle --help for usage)`);
      return 2;
    }
    if (isUserFacingError(error)) {
      console.error(`${name} refused: ${oneLine(error.text.en)}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name} failed: ${oneLine(message)}`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
