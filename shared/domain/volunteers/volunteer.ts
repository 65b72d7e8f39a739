// The volunteer (อพม.) as the registry keeps it.
import { z } from 'zod';
import { addressSchema } from '../address/address';
import { isValidThaiId } from '../people/thai-id';

export const volunteerStatuses = ['active', 'paused', 'resigned', 'deceased'] as const;
export const qualityTiers = ['A', 'B', 'C'] as const;
export const genders = ['male', 'female', 'other'] as const;
export const targetGroups = [
  'children',
  'youth',
  'older-people',
  'people-with-disabilities',
  'homeless',
  'beggars',
  'others',
] as const;

export const consentPurposes = ['registry', 'training', 'awards', 'contact', 'publicity'] as const;
export const consentMethods = ['paper', 'verbal', 'electronic'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Each change of status, oldest first; the record's `status` is the last one's. */
export const statusChangeSchema = z.object({
  status: z.enum(volunteerStatuses),
  on: isoDate,
  reason: z.string().max(500),
});

/** Each time the quality tier was set, oldest first; the record's `tier` is the last one's. */
export const tierChangeSchema = z.object({
  tier: z.enum(qualityTiers).nullable(),
  on: isoDate,
  reason: z.string().max(500),
});

/** PDPA consent given or withdrawn: when, for what, and how; oldest first. */
export const consentEventSchema = z.object({
  kind: z.enum(['given', 'withdrawn']),
  on: isoDate,
  purposes: z.array(z.enum(consentPurposes)).max(consentPurposes.length),
  method: z.enum(consentMethods),
  note: z.string().max(500),
});

/** A photo kept as an attachment, by the SHA-256 of its bytes (bundle-format.md, `files/`). */
export const photoRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.enum(['image/jpeg', 'image/png', 'image/webp']),
});

export const volunteerFieldsSchema = z.object({
  titleCode: z.string().min(1),
  firstNameTh: z.string().min(1).max(100),
  lastNameTh: z.string().min(1).max(100),
  firstNameEn: z.string().max(100),
  lastNameEn: z.string().max(100),
  nationalId: z.string().refine(isValidThaiId, 'a valid 13-digit national id'),
  birthDate: isoDate,
  gender: z.enum(genders),
  phones: z.array(z.string().regex(/^0\d{8,9}$/)).max(5),
  email: z.union([z.literal(''), z.email().max(200)]),
  address: addressSchema,
  joinedOn: isoDate,
  status: z.enum(volunteerStatuses),
  tier: z.enum(qualityTiers).nullable(),
  skills: z.array(z.string().max(100)).max(30),
  targetGroups: z.array(z.enum(targetGroups)).max(targetGroups.length),
  statusHistory: z.array(statusChangeSchema).max(200),
  tierHistory: z.array(tierChangeSchema).max(200),
  consent: z.array(consentEventSchema).max(200),
  photo: photoRefSchema.nullable(),
  /** Set on a record merged into another: the survivor's id (the record is then a tombstone). */
  mergedInto: z.string().nullable(),
});

export type VolunteerFields = z.infer<typeof volunteerFieldsSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type TierChange = z.infer<typeof tierChangeSchema>;
export type ConsentEvent = z.infer<typeof consentEventSchema>;
export type PhotoRef = z.infer<typeof photoRefSchema>;
export type ConsentPurpose = (typeof consentPurposes)[number];
export type ConsentMethod = (typeof consentMethods)[number];
export type VolunteerStatus = (typeof volunteerStatuses)[number];
export type QualityTier = (typeof qualityTiers)[number];
export type TargetGroup = (typeof targetGroups)[number];
