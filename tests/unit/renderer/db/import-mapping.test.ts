import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { getImportMapping, rememberImportMapping } from '@renderer/db/import-mapping';
import { freshDb } from './test-db';

let db: AppDB;
afterEach(() => db?.close());

describe('the remembered import mapping', () => {
  it('starts empty, remembers choices and keeps earlier ones', async () => {
    db = await freshDb();
    expect(await getImportMapping(db)).toEqual({});
    await rememberImportMapping(db, { ชื่อจริง: 'firstNameTh', หมายเหตุ: '' });
    await rememberImportMapping(db, { สกุล: 'lastNameTh' });
    expect(await getImportMapping(db)).toEqual({
      ชื่อจริง: 'firstNameTh',
      หมายเหตุ: '',
      สกุล: 'lastNameTh',
    });
  });

  it('ignores a stored value it does not understand', async () => {
    db = await freshDb();
    await db.meta.put({ key: 'import-mapping', value: { a: 'no-such-column' } });
    expect(await getImportMapping(db)).toEqual({});
  });
});
