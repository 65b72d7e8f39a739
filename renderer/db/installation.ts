// This installation's identity and preferences, kept in the meta table.
import { z } from 'zod';
import { organisationSchema } from '@shared/domain/organisations/organisation';
import type { AppDB } from './app-db';
import type { WriteContext } from './write-context';

export const installationSchema = z.object({
  organisation: organisationSchema,
  installationNumber: z.number().int().min(1).max(9999),
  installationId: z.string(),
  createdAt: z.string(),
});
export type Installation = z.infer<typeof installationSchema>;

export const preferencesSchema = z.object({
  language: z.enum(['th', 'en']),
  thaiDigits: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const defaultPreferences: Preferences = { language: 'th', thaiDigits: false };

export async function getInstallation(db: AppDB): Promise<Installation | null> {
  const row = await db.meta.get('installation');
  const parsed = installationSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveInstallation(db: AppDB, installation: Installation): Promise<void> {
  await db.meta.put({ key: 'installation', value: installationSchema.parse(installation) });
}

export async function getPreferences(db: AppDB): Promise<Preferences> {
  const row = await db.meta.get('preferences');
  const parsed = preferencesSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultPreferences;
}

export async function savePreferences(db: AppDB, preferences: Preferences): Promise<void> {
  await db.meta.put({ key: 'preferences', value: preferencesSchema.parse(preferences) });
}

export function writeContextOf(installation: Installation): WriteContext {
  return {
    installationId: installation.installationId,
    organisation: installation.organisation.code,
  };
}
