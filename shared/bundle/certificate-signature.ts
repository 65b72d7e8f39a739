// A certificate's QR text: its facts and the issuing installation's minisign signature of them, and
// the offline check of that text against the department's keyring.
import { UserFacingError } from '../errors';
import {
  certificateFactsSchema,
  certificateFactsText,
  type CertificateFacts,
} from '../domain/training/certificate';
import { decodeUtf8, fromBase64, toBase64, utf8 } from './bytes';
import { signatureStructOf, verifySignatureStruct } from './minisign';
import type { TrustedKey } from './read-bundle';

export const CERTIFICATE_PREFIX = 'OPM-C1:';

/** minisign's signature line: algorithm (2), key number (8), Ed25519 signature (64). */
const SIGNATURE_STRUCT_BYTES = 74;

/** Signs a message with a trusted comment and answers the whole `.minisig` text (the host's keys:sign). */
export type CertificateSigner = (message: Uint8Array, trustedComment: string) => Promise<string>;

/** `OPM-C1:<base64 facts JSON>.<base64 signature line>`, the text the certificate's QR code holds. */
export async function signCertificate(
  facts: CertificateFacts,
  sign: CertificateSigner,
): Promise<string> {
  const message = utf8(certificateFactsText(facts));
  const minisig = await sign(message, `opm-certificate v1 ${facts.no}`);
  const sigStruct = signatureStructOf(minisig);
  if (!sigStruct) {
    throw new UserFacingError('certificate.sign', {
      th: 'ลงลายมือชื่อเกียรติบัตรไม่สำเร็จ: ลายเซ็นที่ได้ไม่ใช่รูปแบบ minisign',
      en: 'The certificate could not be signed: the signature is not in minisign format',
    });
  }
  return `${CERTIFICATE_PREFIX}${toBase64(message)}.${toBase64(sigStruct)}`;
}

export type CertificateCheck =
  | { ok: true; facts: CertificateFacts }
  | { ok: false; facts: CertificateFacts | null; reason: CertificateRefusal };

export type CertificateRefusal = 'malformed' | 'unknown-issuer' | 'revoked' | 'signature';

/** Reads a QR text and checks its signature with the key the keyring gives its issuing installation. */
export function checkCertificate(
  text: string,
  trust: (installationId: string) => TrustedKey | null,
): CertificateCheck {
  const parsed = parseCertificateText(text.trim());
  if (!parsed) return { ok: false, facts: null, reason: 'malformed' };
  const { facts, message, sigStruct } = parsed;
  const key = trust(facts.by);
  if (!key) return { ok: false, facts, reason: 'unknown-issuer' };
  if (verifySignatureStruct(message, sigStruct, key) !== null) {
    return { ok: false, facts, reason: 'signature' };
  }
  // A key revoked before the issue date could not have issued it; one revoked later still did.
  if (key.revokedAt && key.revokedAt.slice(0, 10) < facts.on) {
    return { ok: false, facts, reason: 'revoked' };
  }
  return { ok: true, facts };
}

function parseCertificateText(
  text: string,
): { facts: CertificateFacts; message: Uint8Array; sigStruct: Uint8Array } | null {
  if (!text.startsWith(CERTIFICATE_PREFIX)) return null;
  const [factsPart, sigPart, ...rest] = text.slice(CERTIFICATE_PREFIX.length).split('.');
  if (factsPart === undefined || sigPart === undefined || rest.length > 0) return null;
  const message = fromBase64(factsPart);
  const sigStruct = fromBase64(sigPart);
  // A signature line cut short is a bad scan, not a forgery: minisign's is always 74 bytes.
  if (!message || sigStruct?.length !== SIGNATURE_STRUCT_BYTES) return null;
  const json = decodeUtf8(message);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const facts = certificateFactsSchema.safeParse(value);
  return facts.success ? { facts: facts.data, message, sigStruct } : null;
}

/** What a refusal means, for the screen and the command-line tool. */
export function certificateRefusalText(reason: CertificateRefusal): { th: string; en: string } {
  switch (reason) {
    case 'malformed':
      return {
        th: 'ข้อความนี้ไม่ใช่รหัสเกียรติบัตรของ OPM Centre หรือถูกตัดทอน โปรดสแกนใหม่',
        en: 'This text is not an OPM Centre certificate code, or it is cut short; scan it again',
      };
    case 'unknown-issuer':
      return {
        th: 'ไม่รู้จักเครื่องที่ออกเกียรติบัตรนี้ในทะเบียนกุญแจของกรม โปรดรับทะเบียนกุญแจล่าสุดแล้วตรวจอีกครั้ง',
        en: "The installation that issued this certificate is not in the department's keyring; read the latest keyring and check again",
      };
    case 'revoked':
      return {
        th: 'กุญแจของเครื่องที่ออกเกียรติบัตรนี้ถูกเพิกถอนก่อนวันที่ออก เกียรติบัตรนี้ใช้ไม่ได้',
        en: 'The key of the installation that issued this certificate was revoked before its issue date; the certificate is not valid',
      };
    case 'signature':
      return {
        th: 'ลายมือชื่ออิเล็กทรอนิกส์ไม่ตรงกับข้อมูล: เกียรติบัตรนี้ถูกแก้ไขหรือปลอม',
        en: 'The signature does not match the facts: this certificate was altered or forged',
      };
  }
}
