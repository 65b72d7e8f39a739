// A round's organiser by name, for screens and print: from the register of organisations, else this
// installation's own organisation, else the code itself.
import type { Organisation } from '@shared/domain/organisations/organisation';
import type { AppDB } from '../app-db';

export type OrganiserName = { code: string; nameTh: string; nameEn: string };

export async function organiserName(
  db: AppDB,
  code: string,
  own: Organisation,
): Promise<OrganiserName> {
  const record = await db.organisations.where('code').equals(code).first();
  if (record && record.deletedAt === null) {
    return { code, nameTh: record.nameTh, nameEn: record.nameEn };
  }
  if (own.code === code) return { code, nameTh: own.nameTh, nameEn: own.nameEn };
  return { code, nameTh: code, nameEn: code };
}
