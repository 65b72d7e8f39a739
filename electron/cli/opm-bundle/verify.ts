// opm-bundle verify: checks a bundle against a keyring, the department's keys or one trusted key.
import { basename } from 'node:path';
import {
  parseDepartmentKeys,
  trustFromDepartmentKeys,
} from '../../../shared/bundle/department-keys';
import { parseKeyring, trustFromKeyring } from '../../../shared/bundle/keyring';
import { parsePublicKey } from '../../../shared/bundle/minisign';
import { bundleFileName } from '../../../shared/bundle/manifest';
import { verifyBundle, type VerifyOptions } from '../../../shared/bundle/read-bundle';
import {
  onePositional,
  parseCommand,
  readBundleBytes,
  readIdentities,
  readPassword,
  readText,
} from './io';
import { UsageError } from './usage';

const TRUST_SUFFIX = '.minisign.pub';

type TrustOptions = { keyring?: string; trust?: string; 'department-keys'?: string };

function trustFrom(values: TrustOptions): VerifyOptions['trust'] {
  const { keyring, trust } = values;
  const departmentKeys = values['department-keys'];
  if ([keyring, trust, departmentKeys].filter((value) => value !== undefined).length !== 1) {
    throw new UsageError(
      'verify needs exactly one of --keyring K.json, --department-keys D.json and --trust ID.minisign.pub',
    );
  }
  if (keyring !== undefined) return trustFromKeyring(parseKeyring(readText(keyring)));
  if (departmentKeys !== undefined) {
    return trustFromDepartmentKeys(parseDepartmentKeys(readText(departmentKeys)));
  }
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
    'department-keys': { type: 'string' },
    identity: { type: 'string', multiple: true },
    'password-file': { type: 'string' },
  });
  const file = onePositional('verify', positionals, 'bundle file');
  const trust = trustFrom(values);
  const identities = await readIdentities(values.identity, readPassword(values['password-file']));
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
