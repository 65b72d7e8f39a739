// opm-bundle keygen: an installation's minisign and age key pairs, as files the standard tools read.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageIdentityFileText, generateAgeKeyPair } from '../../../shared/bundle/age';
import {
  generateMinisignKeyPair,
  publicKeyFileText,
  secretKeyFileText,
} from '../../../shared/bundle/minisign';
import { parseInstallationId } from '../../../shared/domain/organisations/codes';
import { parseCommand, required } from './io';
import { UsageError } from './usage';

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
  if (values['password-file'] !== undefined) {
    // Writing minisign's scrypt-protected key and age's passphrase-encrypted identity is not
    // implemented; refusing is better than writing keys that look protected and are not.
    throw new UsageError(
      'keygen: --password-file is not supported: password-protected key files cannot be written yet; ' +
        'write unprotected keys, then protect them with `minisign -C -s ID.minisign.key` and `age -p`',
    );
  }
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
  mkdirSync(out, { recursive: true });
  const write = (name: string, text: string, mode: number) =>
    writeFileSync(join(out, name), text, { mode, flag: 'wx' });
  write(names.minisignPublic, publicKeyFileText(signing.publicKey), 0o644);
  write(names.agePublic, `${age.recipient}\n`, 0o644);
  write(names.minisignSecret, secretKeyFileText(signing.secretKey), 0o600);
  write(names.ageSecret, ageIdentityFileText(age, new Date()), 0o600);
  console.log(
    `keys for ${id} in ${out}: minisign key id ${signing.publicKey.keyId}, age recipient ${age.recipient} (secret keys unprotected)`,
  );
  return 0;
}
