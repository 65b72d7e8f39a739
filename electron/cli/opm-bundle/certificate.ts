// opm-bundle certificate: checks a certificate's QR text offline against the department's keyring
// (or its public-keys file) and prints the facts it states.
import {
  certificateRefusalText,
  checkCertificate,
  type CertificateCheck,
} from '../../../shared/bundle/certificate-signature';
import {
  DEPARTMENT_KEYS_FORMAT,
  parseDepartmentKeys,
  trustFromDepartmentKeys,
} from '../../../shared/bundle/department-keys';
import { parseKeyring, trustFromKeyring } from '../../../shared/bundle/keyring';
import type { TrustedKey } from '../../../shared/bundle/read-bundle';
import type { CertificateFacts } from '../../../shared/domain/training/certificate';
import { UserFacingError } from '../../../shared/errors';
import { parseCommand, readText, required } from './io';
import { UsageError } from './usage';

type Trust = (installationId: string) => TrustedKey | null;

/** A keyring file, or the department's public-keys file, told apart by its `format`. */
function trustFromFile(text: string): Trust {
  let format: unknown;
  try {
    format = (JSON.parse(text) as { format?: unknown } | null)?.format;
  } catch {
    format = undefined;
  }
  if (format === DEPARTMENT_KEYS_FORMAT) {
    return trustFromDepartmentKeys(parseDepartmentKeys(text));
  }
  return trustFromKeyring(parseKeyring(text));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function factLines(facts: CertificateFacts): string[] {
  return [
    `number:    ${facts.no}`,
    `holder:    ${facts.name}`,
    `course:    ${facts.course}`,
    `round:     ${facts.round}, ${facts.from} to ${facts.to}`,
    `organiser: ${facts.org}`,
    `issued:    ${facts.on} by ${facts.by}`,
  ];
}

function verdictOf(check: CertificateCheck): number {
  if (check.facts) console.log(factLines(check.facts).join('\n'));
  if (check.ok) {
    console.log(`valid: signed by ${check.facts.by}, whose key the keyring holds`);
    return 0;
  }
  throw new UserFacingError(`certificate.${check.reason}`, certificateRefusalText(check.reason));
}

export async function certificate(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('certificate', args, {
    keyring: { type: 'string' },
    text: { type: 'string' },
  });
  if (positionals.length > 0) {
    throw new UsageError(
      `certificate takes the QR text with --text or on stdin, not "${positionals[0]}"`,
    );
  }
  const trust = trustFromFile(readText(required('certificate', values.keyring, 'keyring')));
  const text = values.text ?? (await readStdin());
  if (text.trim() === '') {
    throw new UsageError('certificate needs the QR text: give --text TEXT or pipe it on stdin');
  }
  return verdictOf(checkCertificate(text, trust));
}
