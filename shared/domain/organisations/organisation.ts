// An organisation of the corps: a coordination centre or the department.
import { z } from 'zod';
import { DEPARTMENT_CODE, isCentreCode } from './codes';

export const organisationSchema = z.object({
  code: z.string().refine((c) => c === DEPARTMENT_CODE || isCentreCode(c)),
  kind: z.enum(['centre', 'department']),
  nameTh: z.string().min(1).max(200),
  nameEn: z.string().max(200),
  /** Interior Ministry 2-digit province code; null for the department. */
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
});

export type Organisation = z.infer<typeof organisationSchema>;
