import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import type { ConflictAuditEntry } from '@renderer/db/exchange/open-conflicts';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import { travelling } from './exchange/exchange-fixture';
import { freshDb } from './test-db';

const department = {
  installationId: 'DSDW-1',
  organisation: 'DSDW',
  now: () => new Date('2026-11-22T09:30:00.000Z'),
};

/** One volunteer of centre C6501 as its installations changed it, the last one named last. */
function version(vv: Record<string, number>, firstNameTh: string): IncomingRecord<'volunteers'> {
  const updatedBy = Object.keys(vv).at(-1);
  return travelling(1, 'C6501', {
    vv,
    firstNameTh,
    updatedBy,
  }) as unknown as IncomingRecord<'volunteers'>;
}

let db: AppDB;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const receive = (...records: IncomingRecord<'volunteers'>[]) =>
  receiveRecords(db, department, 'volunteers', records);

async function openSides(): Promise<string[]> {
  const open = await db.conflicts.toArray();
  return open.map((c) => String(c.incoming.firstNameTh));
}

async function closings() {
  const entries = (await db.audit.toArray()) as Partial<ConflictAuditEntry>[];
  return entries.flatMap((e) => e.conflicts ?? []);
}

describe('receiving beside open conflicts', () => {
  beforeEach(async () => {
    // The local copy holds the first installation's change; the second's, concurrent, waits.
    await receive(version({ 'C6501-1': 2 }, 'หนึ่ง'));
    expect(await receive(version({ 'C6501-1': 1, 'C6501-2': 1 }, 'สอง'))).toMatchObject({
      conflicts: 1,
    });
  });

  it('keeps one conflict when the same concurrent version arrives again', async () => {
    const counts = await receive(version({ 'C6501-1': 1, 'C6501-2': 1 }, 'สอง'));
    expect(counts).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 0 });
    expect(await openSides()).toEqual(['สอง']);
  });

  it('counts an older concurrent version than the conflict holds as nothing new', async () => {
    await receive(version({ 'C6501-1': 1, 'C6501-2': 2 }, 'สองใหม่'));
    const counts = await receive(version({ 'C6501-1': 1, 'C6501-2': 1 }, 'สอง'));
    expect(counts.unchanged).toBe(1);
    expect(await openSides()).toEqual(['สองใหม่']);
  });

  it('replaces a conflict’s incoming side with a newer concurrent one, the audit saying so', async () => {
    const [older] = await db.conflicts.toArray();
    const counts = await receive(version({ 'C6501-1': 1, 'C6501-2': 2 }, 'สองใหม่'));
    expect(counts.conflicts).toBe(1);
    expect(await openSides()).toEqual(['สองใหม่']);
    expect(await closings()).toEqual([
      expect.objectContaining({ seq: older!.seq, outcome: 'superseded', from: 'C6501-2' }),
    ]);
    expect((await db.volunteers.get(older!.recordId))?.firstNameTh).toBe('หนึ่ง');
  });

  it('leaves the conflict open when a version replaces the local copy but not its other side', async () => {
    const counts = await receive(version({ 'C6501-1': 3 }, 'หนึ่งใหม่'));
    expect(counts.updated).toBe(1);
    expect(await openSides()).toEqual(['สอง']);
    expect(await closings()).toEqual([]);
  });

  it('closes the conflict when a version holds both of its sides, keeping it in the audit', async () => {
    const [open] = await db.conflicts.toArray();
    const counts = await receive(version({ 'C6501-1': 3, 'C6501-2': 1 }, 'ตกลงแล้ว'));
    expect(counts).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0 });
    expect(await db.conflicts.count()).toBe(0);
    expect((await db.volunteers.get(open!.recordId))?.firstNameTh).toBe('ตกลงแล้ว');
    const [entry] = (await db.audit.toArray()).slice(-1) as ConflictAuditEntry[];
    expect(entry).toMatchObject({
      kind: 'receive',
      recordIds: [open!.recordId],
      conflicts: [
        {
          seq: open!.seq,
          recordId: open!.recordId,
          outcome: 'superseded',
          fromIncoming: [],
          receivedAt: '2026-11-22T09:30:00.000Z',
        },
      ],
    });
  });

  it('closes every open conflict of the record that the new version covers', async () => {
    await receive(version({ 'C6501-1': 1, 'C6501-3': 1 }, 'สาม'));
    expect(await openSides()).toEqual(['สอง', 'สาม']);
    await receive(version({ 'C6501-1': 3, 'C6501-2': 1 }, 'รวมสอง'));
    expect(await openSides()).toEqual(['สาม']);
    await receive(version({ 'C6501-1': 4, 'C6501-2': 1, 'C6501-3': 1 }, 'รวมทั้งหมด'));
    expect(await db.conflicts.count()).toBe(0);
    expect((await closings()).map((c) => c.outcome)).toEqual(['superseded', 'superseded']);
  });
});
