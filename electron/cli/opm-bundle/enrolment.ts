// opm-bundle enrolment: the enrolment file of an installation whose keys keygen wrote, and its fingerprint.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  enrolmentFileName,
  enrolmentFileText,
  fingerprintOf,
  parseEnrolment,
} from '../../../shared/bundle/enrolment';
import { parsePublicKey, publicKeyBase64 } from '../../../shared/bundle/minisign';
import { parseInstallationId } from '../../../shared/domain/organisations/codes';
import { parseCommand, readText, required } from './io';
import { UsageError } from './usage';

/** The first line of an age recipient file that is neither blank nor a `#` comment. */
function recipientIn(path: string): string {
  const lines = readText(path)
    .split('\n')
    .map((line) => line.trim());
  return lines.find((line) => line !== '' && !line.startsWith('#')) ?? '';
}

export async function enrolment(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('enrolment', args, {
    installation: { type: 'string' },
    'organisation-name': { type: 'string' },
    keys: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) {
    throw new UsageError(`enrolment takes no file, given ${positionals[0]}`);
  }
  const id = required('enrolment', values.installation, 'installation');
  const organisationName = required('enrolment', values['organisation-name'], 'organisation-name');
  const keys = required('enrolment', values.keys, 'keys');
  const installation = parseInstallationId(id);
  if (installation === null) {
    throw new UsageError(`enrolment: "${id}" is not an installation id (e.g. C6501-1, DSDW-2)`);
  }
  const minisignPublicKey = publicKeyBase64(
    parsePublicKey(readText(join(keys, `${id}.minisign.pub`))),
  );
  const text = enrolmentFileText({
    format: 'opm-enrolment',
    version: 1,
    installationId: id,
    organisation: installation.organisation,
    organisationName,
    minisignPublicKey,
    ageRecipient: recipientIn(join(keys, `${id}.age.pub`)),
    createdAt: new Date().toISOString(),
  });
  // Written only as a reader would read it (a wrong recipient line is refused here, not there).
  const enrolled = parseEnrolment(text);
  const target = join(values.out ?? keys, enrolmentFileName(id));
  if (existsSync(target)) {
    console.error(`enrolment refused: ${target} already exists; nothing was written`);
    return 1;
  }
  writeFileSync(target, text, { flag: 'wx' });
  console.log(
    `enrolment of ${id} written to ${target}; fingerprint to read aloud: ` +
      fingerprintOf(enrolled.minisignPublicKey, enrolled.ageRecipient),
  );
  return 0;
}
