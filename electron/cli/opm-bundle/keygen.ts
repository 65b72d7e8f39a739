// opm-bundle keygen: an installation's minisign and age key pairs, as files the standard tools read.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageIdentityFileText, generateAgeKeyPair } from '../../../shared/bundle/age';
import {
  encryptAgeIdentityFile,
  encryptMinisignSecretKey,
} from '../../../shared/bundle/key-backup';
import {
  generateMinisignKeyPair,
  publicKeyFileText,
  secretKeyFileText,
} from '../../../shared/bundle/minisign';
import { parseInstallationId } from '../../../shared/domain/organisations/codes';
import { parseCommand, readPassword, required } from './io';
import { UsageError } from './usage';

/** The password from --password-file; an empty one would protect nothing, so it is refused. */
function newPassword(file: string | undefined): string | undefined {
  const password = readPassword(file);
  if (password === '') {
    throw new UsageError(`keygen: ${file} is empty: put the password on its first line`);
  }
  return password;
}

export async function keygen(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('keygen', args, {
    installation: { type: 'string' },
    out: { type: 'string' },
    'password-file': { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`keygen takes no file, given ${positionals[0]}`);
  const id = required('keygen', values.installation, 'installation');
  const out = required('keygen', values.out, 'out');
  if (parseInstallationId(id) === null) {
    throw new UsageError(`keygen: "${id}" is not an installation id (e.g. C6501-1, DSDW-2)`);
  }
  const password = newPassword(values['password-file']);
  const names = {
    minisignPublic: `${id}.minisign.pub`,
    minisignSecret: `${id}.minisign.key`,
    agePublic: `${id}.age.pub`,
    ageSecret: `${id}.age.key`,
  };
  const existing = Object.values(names).filter((name) => existsSync(join(out, name)));
  if (existing.length > 0) {
    console.error(`keygen refused: ${existing.join(', ')} already in ${out}; nothing was written`);
    return 1;
  }
  const signing = generateMinisignKeyPair();
  const age = await generateAgeKeyPair();
  // bundle-format.md: secret keys leave only in minisign's and age's own password-protected formats
  // (or unprotected, when asked). Everything is made before anything is written.
  const identityFile = ageIdentityFileText(age, new Date());
  const files: [name: string, text: string, mode: number][] = [
    [names.minisignPublic, publicKeyFileText(signing.publicKey), 0o644],
    [names.agePublic, `${age.recipient}\n`, 0o644],
    [
      names.minisignSecret,
      password === undefined
        ? secretKeyFileText(signing.secretKey)
        : await encryptMinisignSecretKey(signing.secretKey, password),
      0o600,
    ],
    [
      names.ageSecret,
      password === undefined ? identityFile : await encryptAgeIdentityFile(identityFile, password),
      0o600,
    ],
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, text, mode] of files)
    writeFileSync(join(out, name), text, { mode, flag: 'wx' });
  console.log(
    `keys for ${id} in ${out}: minisign key id ${signing.publicKey.keyId}, age recipient ${age.recipient} ` +
      (password === undefined
        ? '(secret keys unprotected)'
        : '(secret keys protected by the password)'),
  );
  return 0;
}
