// File reading and argument checks shared by the opm-bundle commands.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  decryptWithIdentities,
  isAgeEncrypted,
  parseAgeIdentityFile,
} from '../../../shared/bundle/age';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, strict, with its complaints turned into usage errors (exit 2). */
export function parseCommand<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${command}: ${message}`);
  }
}

export function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(`${command} takes exactly one ${what}, given ${positionals.length}`);
  }
  return positionals[0]!;
}

export function required(command: string, value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`${command} needs --${option}`);
  return value;
}

/** A whole number option, or the fallback when it is absent. */
export function countOption(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${option} takes a whole number, not "${value}"`);
  }
  return n;
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readIdentities(paths: readonly string[] | undefined): string[] {
  return (paths ?? []).flatMap((path) => parseAgeIdentityFile(readText(path)));
}

/** A bundle file's bytes; wrong usage when it is age-encrypted and no identity was given. */
export function readBundleBytes(file: string, identities: readonly string[]): Uint8Array {
  const bytes = readBytes(file);
  if (isAgeEncrypted(bytes) && identities.length === 0) {
    throw new UsageError(`${file} is age-encrypted: give --identity ID.age.key`);
  }
  return bytes;
}

/** The ZIP inside a bundle file, decrypted with the identities when it is age-encrypted. */
export async function openBundleFile(
  file: string,
  identities: readonly string[],
): Promise<{ zip: Uint8Array; encrypted: boolean }> {
  const bytes = readBundleBytes(file, identities);
  const encrypted = isAgeEncrypted(bytes);
  const zip = encrypted ? await decryptWithIdentities(bytes, identities) : bytes;
  return { zip, encrypted };
}
