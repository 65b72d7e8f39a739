// The schema each exchanged table's records must pass when read from a bundle (bundle-format.md,
// "Records"): the exchange fields plus the table's own fields, and no key besides.
import { z } from 'zod';
import { isOrganisationCode, parseInstallationId } from '../domain/organisations/codes';
import { organisationSchema } from '../domain/organisations/organisation';
import { registrationFieldsSchema } from '../domain/volunteers/registration';
import { volunteerFieldsSchema } from '../domain/volunteers/volunteer';
import { attendanceFieldsSchema } from '../domain/training/attendance';
import { courseFieldsSchema } from '../domain/training/course';
import { participantFieldsSchema } from '../domain/training/participant';
import { roundFieldsSchema } from '../domain/training/round';

const installationId = z
  .string()
  .refine((id) => parseInstallationId(id) !== null, 'not an installation id');

/** bundle-format.md: id, owner, vv, updatedAt, updatedBy, deletedAt. */
export const exchangeFieldsShape = {
  id: z.uuid(),
  owner: z.string().refine(isOrganisationCode, 'not an organisation code'),
  vv: z
    .record(installationId, z.number().int().min(1).max(Number.MAX_SAFE_INTEGER))
    .refine((vv) => Object.keys(vv).length > 0, 'an empty version vector'),
  updatedAt: z.iso.datetime(),
  updatedBy: installationId,
  deletedAt: z.iso.datetime().nullable(),
};

export const exchangedRecordSchemas = {
  organisations: z.strictObject({ ...exchangeFieldsShape, ...organisationSchema.shape }),
  volunteers: z.strictObject({ ...exchangeFieldsShape, ...volunteerFieldsSchema.shape }),
  registrations: z.strictObject({ ...exchangeFieldsShape, ...registrationFieldsSchema.shape }),
  courses: z.strictObject({ ...exchangeFieldsShape, ...courseFieldsSchema.shape }),
  rounds: z.strictObject({ ...exchangeFieldsShape, ...roundFieldsSchema.shape }),
  participants: z.strictObject({ ...exchangeFieldsShape, ...participantFieldsSchema.shape }),
  attendance: z.strictObject({ ...exchangeFieldsShape, ...attendanceFieldsSchema.shape }),
};

export type ExchangedTable = keyof typeof exchangedRecordSchemas;
export const exchangedTableNames = Object.keys(exchangedRecordSchemas) as ExchangedTable[];

export function isExchangedTable(name: string): name is ExchangedTable {
  return Object.hasOwn(exchangedRecordSchemas, name);
}

export type ExchangedRecordOf<T extends ExchangedTable> = z.infer<
  (typeof exchangedRecordSchemas)[T]
>;
