// A Dexie middleware over the volunteers table that keeps something in the meta table in the same
// transaction as every write, whoever makes it: each read-write transaction over the volunteers is
// widened to cover the meta table too.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

export function volunteersMiddleware(
  name: string,
  wrap: (volunteers: DBCoreTable, meta: DBCoreTable) => DBCoreTable,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('volunteers') && !stores.includes('meta')
            ? [...stores, 'meta']
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(tableName) {
        const table = down.table(tableName);
        return tableName === 'volunteers' ? wrap(table, down.table('meta')) : table;
      },
    }),
  };
}
