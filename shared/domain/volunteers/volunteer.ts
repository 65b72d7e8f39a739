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

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

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
  email: z.string().max(200),
  address: addressSchema,
  joinedOn: isoDate,
  status: z.enum(volunteerStatuses),
  tier: z.enum(qualityTiers).nullable(),
  skills: z.array(z.string().max(100)).max(30),
  targetGroups: z.array(z.enum(targetGroups)).max(targetGroups.length),
});

export type VolunteerFields = z.infer<typeof volunteerFieldsSchema>;
export type VolunteerStatus = (typeof volunteerStatuses)[number];
export type QualityTier = (typeof qualityTiers)[number];
export type TargetGroup = (typeof targetGroups)[number];
