// The column mapping a person last chose for spreadsheet import, kept so that the next file with
// the same headers maps the same way.
import { z } from 'zod';
import { columnKeys, type ColumnKey } from '@shared/spreadsheet/columns';
import type { AppDB } from './app-db';

const KEY = 'import-mapping';
const rememberedSchema = z.record(
  z.string().max(200),
  z.union([z.enum(columnKeys), z.literal('')]),
);

/** Normalised header → column key, or '' for a header the person chose to ignore. */
export async function getImportMapping(db: AppDB): Promise<Record<string, ColumnKey | ''>> {
  const parsed = rememberedSchema.safeParse((await db.meta.get(KEY))?.value);
  return parsed.success ? parsed.data : {};
}

/** Adds these choices to what is remembered; other headers' choices stay. */
export async function rememberImportMapping(
  db: AppDB,
  choices: Record<string, ColumnKey | ''>,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await getImportMapping(db);
    await db.meta.put({ key: KEY, value: { ...current, ...choices } });
  });
}
