// opm-bundle pack: builds a signed bundle from a folder of <table>.ndjson files and files/.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleRecord } from '../../../shared/bundle/ndjson';
import { parseTable } from '../../../shared/bundle/ndjson';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { DEPARTMENT_CODE, parseInstallationId } from '../../../shared/domain/organisations/codes';
import {
  countOption,
  onePositional,
  parseCommand,
  readBytes,
  readPassword,
  readSecretKey,
  readText,
  required,
} from './io';
import { UsageError } from './usage';

const TABLE_SUFFIX = '.ndjson';

function readTables(dir: string): Record<string, BundleRecord[]> {
  const tables: Record<string, BundleRecord[]> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(TABLE_SUFFIX) || !statSync(join(dir, name)).isFile()) continue;
    tables[name.slice(0, -TABLE_SUFFIX.length)] = parseTable(name, readBytes(join(dir, name)));
  }
  return tables;
}

function readAttachments(dir: string): Uint8Array[] {
  const folder = join(dir, 'files');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map(readBytes);
}

/** An age recipient file (`age1…` lines, `#` comments) or an `age1…` recipient given directly. */
function readRecipients(values: readonly string[]): string[] {
  return values.flatMap((value) =>
    /^age1[0-9a-z]+$/.test(value) && !existsSync(value)
      ? [value]
      : readText(value)
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

function kindOf(value: string | undefined, plain: boolean): 'records' | 'keyring' {
  const kind = value ?? (plain ? 'keyring' : 'records');
  if (kind !== 'records' && kind !== 'keyring') {
    throw new UsageError(`--kind is records or keyring, not "${kind}"`);
  }
  return kind;
}

export async function pack(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('pack', args, {
    issuer: { type: 'string' },
    key: { type: 'string' },
    recipient: { type: 'string', multiple: true },
    plain: { type: 'boolean' },
    out: { type: 'string' },
    sequence: { type: 'string' },
    previous: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string' },
    since: { type: 'string' },
    'up-to': { type: 'string' },
    'created-at': { type: 'string' },
    'password-file': { type: 'string' },
  });
  const dir = onePositional('pack', positionals, 'folder');
  const issuer = required('pack', values.issuer, 'issuer');
  const keyFile = required('pack', values.key, 'key');
  const out = required('pack', values.out, 'out');
  const plain = values.plain === true;
  const recipientFiles = values.recipient ?? [];
  if (plain === recipientFiles.length > 0) {
    throw new UsageError('pack needs either --recipient R.age.pub (one or more) or --plain');
  }
  const installation = parseInstallationId(issuer);
  if (installation === null) {
    throw new UsageError(`--issuer: "${issuer}" is not an installation id (e.g. C6501-1)`);
  }
  const sequence = countOption(values.sequence, 'sequence', 1);
  if (sequence > 1 && values.previous === undefined) {
    throw new UsageError(
      `--sequence ${sequence} needs --previous: the SHA-256 of the manifest.json of bundle ${sequence - 1}`,
    );
  }
  const createdAt = values['created-at'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(createdAt))) {
    throw new UsageError(`--created-at takes an ISO time, not "${createdAt}"`);
  }
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`pack: ${dir} is not a folder`);
  }

  const tables = readTables(dir);
  const records = Object.values(tables).reduce((sum, table) => sum + table.length, 0);
  const files = readAttachments(dir);
  const secretKey = await readSecretKey(keyFile, readPassword(values['password-file']));
  const recipients = readRecipients(recipientFiles);
  const written = await writeBundle({
    manifestFields: {
      kind: kindOf(values.kind, plain),
      issuer,
      organisation: installation.organisation,
      recipient: values.to ?? DEPARTMENT_CODE,
      sequence,
      previous: sequence === 1 ? (values.previous ?? null) : values.previous!,
      createdAt,
      since: countOption(values.since, 'since', 0),
      upTo: countOption(values['up-to'], 'up-to', records),
      acks: {},
    },
    tables,
    files,
    secretKey,
    ...(plain ? { plain: true as const } : { recipients }),
  });
  const target = statSync(out, { throwIfNoEntry: false })?.isDirectory()
    ? join(out, written.fileName)
    : out;
  writeFileSync(target, written.bytes);
  const { manifest } = written;
  console.log(
    `packed ${target}: ${manifest.kind} bundle from ${issuer} to ${manifest.recipient}, ` +
      `sequence ${sequence}, ${Object.keys(tables).length} tables, ${records} records, ` +
      `${files.length} files, ` +
      (plain ? 'not encrypted' : `encrypted to ${recipients.length} recipients`) +
      `, manifest sha256 ${written.manifestSha256}`,
  );
  return 0;
}
