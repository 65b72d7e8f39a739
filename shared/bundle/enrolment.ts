// The enrolment file a new installation hands the department (bundle-format.md, "Enrolment").
import { z } from 'zod';
import { UserFacingError } from '../errors';
import { parseInstallationId } from '../domain/organisations/codes';
import { sha256Hex, utf8 } from './bytes';
import { keyringInstallationSchema, type KeyringInstallation } from './keyring';

export const ENROLMENT_FORMAT = 'opm-enrolment';
export const ENROLMENT_VERSION = 1;

const fields = keyringInstallationSchema.shape;

export const enrolmentSchema = z
  .strictObject({
    format: z.literal(ENROLMENT_FORMAT),
    version: z.literal(ENROLMENT_VERSION),
    installationId: fields.id,
    organisation: fields.organisation,
    organisationName: z
      .string()
      .trim()
      .min(1, 'the name is empty')
      .max(200, 'the name is too long'),
    /** The single base64 line of the public key, as `minisign -P` takes it. */
    minisignPublicKey: fields.minisignPublicKey,
    ageRecipient: fields.ageRecipient,
    createdAt: z.iso.datetime(),
    /** Written for the reader's eyes; checked against the keys when present, never trusted. */
    fingerprint: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (parseInstallationId(e.installationId)?.organisation !== e.organisation) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: 'the installation is not of this organisation',
      });
    }
    if (
      e.fingerprint !== undefined &&
      e.fingerprint !== fingerprintOf(e.minisignPublicKey, e.ageRecipient)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['fingerprint'],
        message: 'the fingerprint does not match the keys',
      });
    }
  });

export type Enrolment = Omit<z.infer<typeof enrolmentSchema>, 'fingerprint'>;

/**
 * 16 decimal digits in groups of four, from the first 8 bytes of a SHA-256 (big-endian) modulo
 * 10^16: short enough to read aloud on the phone, about 53 bits of it.
 */
export function fingerprintDigits(text: string): string {
  const digits = (BigInt(`0x${sha256Hex(utf8(text)).slice(0, 16)}`) % 10n ** 16n)
    .toString()
    .padStart(16, '0');
  return digits.match(/\d{4}/g)!.join(' ');
}

/** The code a centre reads aloud and the department compares with the keys it received. */
export function fingerprintOf(minisignPublicKey: string, ageRecipient: string): string {
  return fingerprintDigits(`${minisignPublicKey}\n${ageRecipient}`);
}

export function enrolmentFileName(installationId: string): string {
  return `${installationId}.opm-enrolment.json`;
}

/** The file's text: the contract's key order, two-space indent, the fingerprint last, a final newline. */
export function enrolmentFileText(e: Enrolment): string {
  const ordered = {
    format: e.format,
    version: e.version,
    installationId: e.installationId,
    organisation: e.organisation,
    organisationName: e.organisationName,
    minisignPublicKey: e.minisignPublicKey,
    ageRecipient: e.ageRecipient,
    createdAt: e.createdAt,
    fingerprint: fingerprintOf(e.minisignPublicKey, e.ageRecipient),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Parses an enrolment file; throws a UserFacingError naming the first field that is wrong. */
export function parseEnrolment(text: string): Enrolment {
  const result = enrolmentSchema.safeParse(parseJson(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(top level)';
    throw new UserFacingError(
      'bundle.enrolment.schema',
      {
        th: `แฟ้มลงทะเบียนเครื่องไม่ถูกต้องที่ ${where}: ${issue.message} โปรดขอแฟ้มใหม่จากเครื่องนั้น`,
        en: `The enrolment file is not valid at ${where}: ${issue.message}. Ask that installation for a new one.`,
      },
      { field: where },
    );
  }
  const { fingerprint: _fingerprint, ...enrolment } = result.data;
  return enrolment;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError('bundle.enrolment.json', {
      th: 'แฟ้มลงทะเบียนเครื่องไม่ใช่ JSON โปรดตรวจว่าเลือกแฟ้มถูกต้อง (ชื่อลงท้ายด้วย .opm-enrolment.json)',
      en: 'The enrolment file is not JSON; check that the right file was chosen (its name ends in .opm-enrolment.json)',
    });
  }
}

/** The keyring's entry for an enrolled installation, valid from `validFrom`. */
export function keyringEntryFromEnrolment(e: Enrolment, validFrom: string): KeyringInstallation {
  return {
    id: e.installationId,
    organisation: e.organisation,
    minisignPublicKey: e.minisignPublicKey,
    ageRecipient: e.ageRecipient,
    validFrom,
    revokedAt: null,
  };
}
