// This installation's change counter: every local write takes the next number, so that an export
// can ask for "every change after n" through an index (bundle-format.md: since / upTo).
import type { AppDB } from './app-db';

const COUNTER_KEY = 'changeCounter';

/** Reserves `count` numbers inside the caller's transaction; returns the first. */
export async function reserveChangeNumbers(db: AppDB, count: number): Promise<number> {
  const row = await db.meta.get(COUNTER_KEY);
  const last = typeof row?.value === 'number' ? row.value : 0;
  await db.meta.put({ key: COUNTER_KEY, value: last + count });
  return last + 1;
}

export async function currentChangeNumber(db: AppDB): Promise<number> {
  const row = await db.meta.get(COUNTER_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}
