// The department's keyring (bundle-format.md): installations, their public keys, and the trust it gives.
import { z } from 'zod';
import { UserFacingError } from '../errors';
import { isOrganisationCode, parseInstallationId } from '../domain/organisations/codes';
import { parsePublicKey } from './minisign';
import type { TrustedKey, VerifyOptions } from './read-bundle';

export const KEYRING_FORMAT = 'opm-keyring';
export const KEYRING_VERSION = 1;

function isMinisignPublicKey(line: string): boolean {
  try {
    parsePublicKey(line);
    return true;
  } catch {
    return false;
  }
}

/** bundle-format.md: id, organisation, minisign public key, age recipient, validFrom, revokedAt. */
export const keyringInstallationSchema = z
  .strictObject({
    id: z.string().refine((id) => parseInstallationId(id) !== null, 'not an installation id'),
    organisation: z.string().refine(isOrganisationCode, 'not an organisation code'),
    /** The single base64 line of the public key, as `minisign -P` takes it. */
    minisignPublicKey: z.string().refine(isMinisignPublicKey, 'not a minisign public key'),
    /** `age1…`, as age-keygen prints it. */
    ageRecipient: z.string().regex(/^age1[0-9a-z]{58}$/, 'not an age X25519 recipient'),
    validFrom: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .superRefine((entry, ctx) => {
    if (parseInstallationId(entry.id)?.organisation !== entry.organisation) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: 'the installation is not of this organisation',
      });
    }
    if (entry.revokedAt !== null && Date.parse(entry.revokedAt) < Date.parse(entry.validFrom)) {
      ctx.addIssue({ code: 'custom', path: ['revokedAt'], message: 'revoked before validFrom' });
    }
  });

export const keyringSchema = z
  .strictObject({
    format: z.literal(KEYRING_FORMAT),
    version: z.literal(KEYRING_VERSION),
    installations: z.array(keyringInstallationSchema),
  })
  .superRefine((keyring, ctx) => {
    const seen = new Set<string>();
    keyring.installations.forEach((entry, i) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['installations', i, 'id'],
          message: `${entry.id} is listed twice`,
        });
      }
      seen.add(entry.id);
    });
  });

export type Keyring = z.infer<typeof keyringSchema>;
export type KeyringInstallation = Keyring['installations'][number];

/** Parses a keyring file's text; throws a UserFacingError naming the first thing wrong. */
export function parseKeyring(text: string): Keyring {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserFacingError('bundle.keyring.json', {
      th: 'ทะเบียนกุญแจไม่ใช่ JSON',
      en: 'The keyring is not JSON',
    });
  }
  const result = keyringSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(top level)';
    throw new UserFacingError(
      'bundle.keyring.schema',
      {
        th: `ทะเบียนกุญแจไม่ถูกต้องที่ ${where}: ${issue.message}`,
        en: `The keyring is not valid at ${where}: ${issue.message}`,
      },
      { field: where },
    );
  }
  return result.data;
}

/** verifyBundle's `trust`: the keyring's key for an issuer, with its revocation, or null. */
export function trustFromKeyring(keyring: Keyring): VerifyOptions['trust'] {
  const keys = new Map<string, TrustedKey>(
    keyring.installations.map((entry) => [
      entry.id,
      { ...parsePublicKey(entry.minisignPublicKey), revokedAt: entry.revokedAt },
    ]),
  );
  return (issuer) => keys.get(issuer) ?? null;
}
