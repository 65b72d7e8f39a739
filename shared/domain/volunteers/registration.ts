// The department's registration of a volunteer (ขึ้นทะเบียนกับ พส.): a record the department owns.
import { z } from 'zod';

export const registrationStatuses = ['registered', 'suspended', 'cancelled'] as const;

export const registrationFieldsSchema = z.object({
  volunteerId: z.string().min(1),
  number: z.string().min(1).max(30),
  status: z.enum(registrationStatuses),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type RegistrationFields = z.infer<typeof registrationFieldsSchema>;
export type RegistrationStatus = (typeof registrationStatuses)[number];
