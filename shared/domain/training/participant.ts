// A participant of a training round: a volunteer from the registry, an officer, a provincial chair
// or an outside person by name; numbered, seated or waiting, with completion's override and the
// certificate issued. The round's organiser owns it.
import { z } from 'zod';
import { isValidThaiId } from '../people/thai-id';
import { titleByCode } from '../people/titles';

export const participantRoles = ['volunteer', 'officer', 'chair', 'guest'] as const;
export const participantStatuses = ['enrolled', 'waiting', 'withdrawn'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A person's judgement over the computed completion, and why (kept for the round's report). */
export const completionOverrideSchema = z.object({
  completed: z.boolean(),
  reason: z.string().min(1).max(500),
  on: isoDate,
});

export const certificateIssueSchema = z.object({
  /** e.g. `C6501-2/2569/0042`: the issuing installation, the Buddhist-era year, a running number. */
  number: z.string().min(1).max(40),
  issuedOn: isoDate,
  issuedBy: z.string().min(1).max(40),
  /** The signed QR text (certificate-signature.ts), kept so that any installation can reprint it. */
  code: z.string().min(1).max(2000),
});

export const participantFieldsSchema = z.object({
  roundId: z.string().min(1),
  /** The participant's number in the round, printed on the card. */
  number: z.number().int().min(1).max(99999),
  role: z.enum(participantRoles),
  /** The registry's volunteer, or null for a person enrolled by name. */
  volunteerId: z.string().nullable(),
  /** Empty when not known (an outside person may come without it). */
  nationalId: z.union([z.literal(''), z.string().refine(isValidThaiId, 'a valid national id')]),
  titleCode: z.string().max(20),
  firstNameTh: z.string().min(1).max(100),
  lastNameTh: z.string().max(100),
  /** The centre, office or body the person comes from, as printed on the sign-in sheet. */
  organisationName: z.string().max(200),
  /** Interior Ministry 2-digit code, or empty when not known. */
  provinceCode: z.union([z.literal(''), z.string().regex(/^\d{2}$/)]),
  status: z.enum(participantStatuses),
  /** When the person was enrolled: the waiting list moves up in this order. */
  enrolledAt: z.iso.datetime(),
  completionOverride: completionOverrideSchema.nullable(),
  certificate: certificateIssueSchema.nullable(),
});

export type ParticipantFields = z.infer<typeof participantFieldsSchema>;
export type ParticipantRole = (typeof participantRoles)[number];
export type ParticipantStatus = (typeof participantStatuses)[number];
export type CompletionOverride = z.infer<typeof completionOverrideSchema>;
export type CertificateIssue = z.infer<typeof certificateIssueSchema>;

/** The name as listed and printed: the Thai title joined to the first name (นางสาวสมศรี ใจดี). */
export function participantName(
  participant: Pick<ParticipantFields, 'titleCode' | 'firstNameTh' | 'lastNameTh'>,
): string {
  const title = titleByCode(participant.titleCode)?.th ?? '';
  return `${title}${participant.firstNameTh} ${participant.lastNameTh}`.trim();
}
