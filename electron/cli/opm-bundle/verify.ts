// opm-bundle verify: checks a bundle against a keyring or one trusted key; exit 0 valid, 1 refused.
import { basename } from 'node:path';
import { parseKeyring, trustFromKeyring } from '../../../shared/bundle/keyring';
import { parsePublicKey } from '../../../shared/bundle/minisign';
import { bundleFileName } from '../../../shared/bundle/manifest';
import { verifyBundle, type VerifyOptions } from '../../../shared/bundle/read-bundle';
import { onePositional, parseCommand, readBundleBytes, readIdentities, readText } from './io';
import { UsageError } from './usage';

const TRUST_SUFFIX = '.minisign.pub';

function trustFrom(keyring: string | undefined, trust: string | undefined): VerifyOptions['trust'] {
  if ((keyring === undefined) === (trust === undefined)) {
    throw new UsageError(
      'verify needs exactly one of --keyring K.json and --trust ID.minisign.pub',
    );
  }
  if (keyring !== undefined) return trustFromKeyring(parseKeyring(readText(keyring)));
  const name = basename(trust!);
  if (!name.endsWith(TRUST_SUFFIX) || name.length === TRUST_SUFFIX.length) {
    throw new UsageError(`--trust takes a file named ID${TRUST_SUFFIX}, not "${name}"`);
  }
  const id = name.slice(0, -TRUST_SUFFIX.length);
  const key = parsePublicKey(readText(trust!));
  return (issuer) => (issuer === id ? key : null);
}

export async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('verify', args, {
    keyring: { type: 'string' },
    trust: { type: 'string' },
    identity: { type: 'string', multiple: true },
  });
  const file = onePositional('verify', positionals, 'bundle file');
  const trust = trustFrom(values.keyring, values.trust);
  const identities = readIdentities(values.identity);
  const bundle = await verifyBundle(readBundleBytes(file, identities), { trust, identities });
  const { manifest } = bundle;
  const tables = Object.values(bundle.tables);
  const records = tables.reduce((sum, table) => sum + table.length, 0);
  const files = Object.keys(bundle.files).length;
  const name = basename(file);
  const expected = bundleFileName(manifest);
  console.log(
    `valid: ${name} is a ${manifest.kind} bundle from ${manifest.issuer} (${manifest.organisation}) ` +
      `to ${manifest.recipient}, sequence ${manifest.sequence}, changes (${manifest.since}, ${manifest.upTo}], ` +
      `${tables.length} tables, ${records} records, ${files} files, ` +
      `${bundle.encrypted ? 'encrypted' : 'not encrypted'}, manifest sha256 ${bundle.manifestSha256}` +
      (name === expected ? '' : ` (the contract names it ${expected})`),
  );
  return 0;
}
