// File reading and argument checks shared by the opm-bundle commands.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  decryptWithIdentities,
  isAgeEncrypted,
  parseAgeIdentityFile,
} from '../../../shared/bundle/age';
import {
  decryptAgeIdentityFile,
  decryptMinisignSecretKey,
  isPasswordProtectedAgeIdentity,
  isPasswordProtectedMinisignKey,
} from '../../../shared/bundle/key-backup';
import { parseSecretKey, type MinisignSecretKey } from '../../../shared/bundle/minisign';
import { UserFacingError, isUserFacingError } from '../../../shared/errors';
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

/** The password on the first line of a file, without its line end, as minisign reads one from stdin. */
export function readPassword(path: string | undefined): string | undefined {
  return path === undefined ? undefined : readText(path).split(/\r?\n/)[0]!;
}

/** A key file's refusal names the file, so a script that reads several knows which one. */
async function aboutFile<T>(path: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
    const text = { th: `${path}: ${error.text.th}`, en: `${path}: ${error.text.en}` };
    throw new UserFacingError(error.code, text, error.where);
  }
}

function passwordFor(path: string, password: string | undefined): string {
  if (password === undefined) {
    throw new UsageError(`${path} is password-protected: give --password-file F`);
  }
  return password;
}

/** The identities in age identity files, opening passphrase-protected ones with the password. */
export async function readIdentities(
  paths: readonly string[] | undefined,
  password: string | undefined,
): Promise<string[]> {
  const identities: string[] = [];
  for (const path of paths ?? []) {
    const bytes = readBytes(path);
    const text = isPasswordProtectedAgeIdentity(bytes)
      ? await aboutFile(path, () => decryptAgeIdentityFile(bytes, passwordFor(path, password)))
      : readText(path);
    identities.push(...(await aboutFile(path, () => parseAgeIdentityFile(text))));
  }
  return identities;
}

/** A minisign secret key file, opened with the password when it is password-protected. */
export async function readSecretKey(
  path: string,
  password: string | undefined,
): Promise<MinisignSecretKey> {
  const text = readText(path);
  if (!isPasswordProtectedMinisignKey(text)) return aboutFile(path, () => parseSecretKey(text));
  return aboutFile(path, () => decryptMinisignSecretKey(text, passwordFor(path, password)));
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
