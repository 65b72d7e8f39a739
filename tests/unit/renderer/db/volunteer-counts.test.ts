import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB, VolunteerRecord } from '@renderer/db/app-db';
import { withDerivedFields } from '@renderer/db/derived-fields';
import { receiveRecords } from '@renderer/db/receive';
import { countFromIndex, totalOf, volunteerCounts } from '@renderer/db/volunteer-counts';
import { createWriter } from '@renderer/db/write';
import { volunteerStatuses, type VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import { sampleVolunteer } from '../../../support/sample-volunteer';
import { freshDb } from './test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
let db: AppDB;
afterEach(() => db?.close());

/** The counts as the list index gives them, the slow way the kept counts replace. */
const recount = () =>
  countFromIndex((status) => db.volunteers.where('ix.status').equals(status).count());

/** A record as another organisation sends it, or as a direct write would store it. */
function stored(id: string, status: VolunteerStatus, deletedAt: string | null): VolunteerRecord {
  return withDerivedFields('volunteers', {
    ...sampleVolunteer({ status, nationalId: `3${id.padStart(12, '0')}` }),
    id,
    owner: 'C6502',
    vv: { 'C6502-1': 1 },
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'C6502-1',
    deletedAt,
    lc: 0,
    ix: {},
  });
}

describe('the kept counts of live volunteers', () => {
  it('follow creation, status changes, deletion and restoration through the write layer', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    expect(totalOf(await volunteerCounts(db))).toBe(0);
    const [a, b] = await writer.createMany('volunteers', [
      sampleVolunteer(),
      sampleVolunteer({ nationalId: '3100600211235', status: 'paused' }),
    ]);
    expect(await volunteerCounts(db)).toEqual({ active: 1, paused: 1, resigned: 0, deceased: 0 });
    await writer.update('volunteers', a!.id, { status: 'resigned' });
    await writer.remove('volunteers', b!.id);
    expect(await volunteerCounts(db)).toEqual({ active: 0, paused: 0, resigned: 1, deceased: 0 });
    await writer.restore('volunteers', b!.id);
    expect(await volunteerCounts(db)).toEqual(await recount());
    expect(totalOf(await volunteerCounts(db))).toBe(2);
  });

  it('follow records received from another organisation, new, newer and deleted', async () => {
    db = await freshDb();
    const context = { installationId: 'C6501-1', organisation: 'C6501' };
    const [x, y] = [stored('1', 'active', null), stored('2', 'paused', null)];
    await receiveRecords(db, context, 'volunteers', [x, y]);
    expect(await volunteerCounts(db)).toEqual({ active: 1, paused: 1, resigned: 0, deceased: 0 });
    const deleted = { ...y, deletedAt: '2026-11-02T00:00:00.000Z', vv: { 'C6502-1': 2 } };
    await receiveRecords(db, context, 'volunteers', [deleted]);
    expect(await volunteerCounts(db)).toEqual({ active: 1, paused: 0, resigned: 0, deceased: 0 });
  });

  it('leave out a failed add and keep the others of the batch', async () => {
    db = await freshDb();
    await db.volunteers.add(stored('1', 'active', null));
    await db.volunteers
      .bulkAdd([stored('1', 'paused', null), stored('2', 'deceased', null)])
      .catch(() => {});
    expect(await volunteerCounts(db)).toEqual(await recount());
    expect(await volunteerCounts(db)).toEqual({ active: 1, paused: 0, resigned: 0, deceased: 1 });
  });

  it('stay exact through any sequence of direct writes, even several issued at once', async () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        id: fc.integer({ min: 1, max: 6 }),
        status: fc.constantFrom(...volunteerStatuses),
        deleted: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { maxLength: 4 }), { maxLength: 6 }),
        async (steps) => {
          db = await freshDb();
          for (const step of steps) {
            // Each step's writes are issued together in one transaction.
            await db.transaction('rw', db.volunteers, () =>
              Promise.all(
                step.map((op) =>
                  op.kind === 'put'
                    ? db.volunteers.put(
                        stored(
                          String(op.id),
                          op.status,
                          op.deleted ? '2026-11-02T00:00:00.000Z' : null,
                        ),
                      )
                    : op.kind === 'delete'
                      ? db.volunteers.delete(String(op.id))
                      : db.volunteers.clear(),
                ),
              ),
            );
            expect(await volunteerCounts(db)).toEqual(await recount());
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('are not changed by a write that fails and takes its transaction back', async () => {
    db = await freshDb();
    await db.volunteers.add(stored('1', 'active', null));
    const failed = db.transaction('rw', db.volunteers, async () => {
      await db.volunteers.put(stored('2', 'active', null));
      throw new Error('refused');
    });
    await expect(failed).rejects.toThrow('refused');
    expect(await volunteerCounts(db)).toEqual({ active: 1, paused: 0, resigned: 0, deceased: 0 });
  });
});
