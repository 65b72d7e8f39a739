import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { conflictWithLocal, openConflictRows } from '@renderer/db/exchange/conflict-list';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import { freshDb } from '../test-db';
import { travelling } from './exchange-fixture';

const department = {
  installationId: 'DSDW-1',
  organisation: 'DSDW',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};

function version(
  n: number,
  vv: Record<string, number>,
  updatedBy: string,
  firstNameTh: string,
): IncomingRecord<'volunteers'> {
  return travelling(n, 'C6501', {
    vv,
    updatedBy,
    firstNameTh,
  }) as unknown as IncomingRecord<'volunteers'>;
}

let db: AppDB;
beforeEach(async () => {
  db = await freshDb();
  await receiveRecords(db, department, 'volunteers', [
    version(1, { 'C6501-1': 2 }, 'C6501-1', 'หนึ่ง'),
    version(2, { 'C6501-1': 1 }, 'C6501-1', 'สอง'),
  ]);
  await receiveRecords(db, department, 'volunteers', [
    version(2, { 'C6501-2': 1 }, 'C6501-2', 'สองจากเครื่องที่สอง'),
    version(1, { 'C6501-1': 1, 'C6501-3': 1 }, 'C6501-3', 'หนึ่งจากเครื่องที่สาม'),
  ]);
});
afterEach(() => db.close());

it('lists open conflicts oldest first, named after the version in force, with where they came from', async () => {
  expect(await openConflictRows(db)).toEqual([
    expect.objectContaining({
      table: 'volunteers',
      recordId: travelling(2, 'C6501').id,
      name: { kind: 'person', titleCode: 'mrs', firstNameTh: 'สอง', lastNameTh: 'ใจดี' },
      owner: 'C6501',
      from: 'C6501-2',
      receivedAt: '2026-11-22T09:30:00.000Z',
    }),
    expect.objectContaining({
      recordId: travelling(1, 'C6501').id,
      name: expect.objectContaining({ firstNameTh: 'หนึ่ง' }),
      from: 'C6501-3',
    }),
  ]);
});

it('gives one conflict with the local version beside it, and nothing once it is closed', async () => {
  const [row] = await openConflictRows(db);
  const found = await conflictWithLocal(db, row!.seq);
  expect(found?.local).toMatchObject({ firstNameTh: 'สอง', vv: { 'C6501-1': 1 } });
  expect(found?.conflict.incoming).toMatchObject({ firstNameTh: 'สองจากเครื่องที่สอง' });
  await receiveRecords(db, department, 'volunteers', [
    version(2, { 'C6501-1': 2, 'C6501-2': 1 }, 'C6501-1', 'ตกลงแล้ว'),
  ]);
  expect(await conflictWithLocal(db, row!.seq)).toBeNull();
  expect(await openConflictRows(db)).toHaveLength(1);
});
