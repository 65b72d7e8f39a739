// The volunteers picked on the list for printing: kept in the meta table for the print page to read,
// since a selection of thousands does not fit in a route.
import type { AppDB } from './app-db';

const KEY = 'print-selection';

export async function savePrintSelection(db: AppDB, ids: readonly string[]): Promise<void> {
  await db.meta.put({ key: KEY, value: [...ids] });
}

export async function loadPrintSelection(db: AppDB): Promise<string[]> {
  const row = await db.meta.get(KEY);
  return Array.isArray(row?.value)
    ? row.value.filter((v): v is string => typeof v === 'string')
    : [];
}
