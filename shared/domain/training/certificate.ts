// A certificate (เกียรติบัตร): its number, and the facts its QR code carries so that anyone can
// check it offline against the department's keyring.
import { z } from 'zod';
import { toBuddhistYear } from '../dates/buddhist-era';

/**
 * `<installation>/<Buddhist-era year>/<running number>`, e.g. `C6501-2/2569/0042`: unique without a
 * network, as each installation keeps its own running number.
 */
export function certificateNumber(
  installationId: string,
  issuedOn: string,
  running: number,
): string {
  const year = toBuddhistYear(Number(issuedOn.slice(0, 4)));
  return `${installationId}/${year}/${String(running).padStart(4, '0')}`;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the QR code states; short keys, as every byte makes the code denser. */
export const certificateFactsSchema = z.strictObject({
  v: z.literal(1),
  /** The certificate number. */
  no: z.string().min(1).max(40),
  /** The holder's full name with title, as printed. */
  name: z.string().min(1).max(200),
  /** The course title in Thai. */
  course: z.string().min(1).max(200),
  /** The round's number. */
  round: z.number().int().min(1),
  from: isoDate,
  to: isoDate,
  /** The organiser's code, e.g. `C6501` or `DSDW`. */
  org: z.string().min(1).max(10),
  /** The issuing installation, whose key signed it. */
  by: z.string().min(1).max(20),
  /** Issued on. */
  on: isoDate,
});

export type CertificateFacts = z.infer<typeof certificateFactsSchema>;

/** The exact bytes signed: the facts as JSON in this key order. */
export function certificateFactsText(facts: CertificateFacts): string {
  const { v, no, name, course, round, from, to, org, by, on } = facts;
  return JSON.stringify({ v, no, name, course, round, from, to, org, by, on });
}
