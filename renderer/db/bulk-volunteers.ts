// Changing the status or tier of many volunteers at once, in one transaction, with the history
// entry each change needs, and the way back for undo.
import type { QualityTier, VolunteerStatus } from '@shared/domain/volunteers/volunteer';
import type { VolunteerRecord } from './app-db';
import type { Writer } from './write';

type Before = Pick<VolunteerRecord, 'id' | 'status' | 'statusHistory' | 'tier' | 'tierHistory'>;

/** What undo needs: each record's status and tier as they were. */
export type BulkUndo = Before[];

function snapshot(v: VolunteerRecord): Before {
  return {
    id: v.id,
    status: v.status,
    statusHistory: v.statusHistory,
    tier: v.tier,
    tierHistory: v.tierHistory,
  };
}

/** Applies `change` to each record in one transaction, keeping each one's status and tier before. */
async function changeEach(
  writer: Writer,
  ids: readonly string[],
  change: (v: VolunteerRecord) => Partial<VolunteerRecord>,
): Promise<BulkUndo> {
  const before: BulkUndo = [];
  await writer.updateMany('volunteers', ids, (v) => {
    before.push(snapshot(v));
    return change(v);
  });
  return before;
}

export function changeStatusOf(
  writer: Writer,
  ids: readonly string[],
  status: VolunteerStatus,
  on: string,
  reason: string,
): Promise<BulkUndo> {
  return changeEach(writer, ids, (v) =>
    v.status === status
      ? {}
      : { status, statusHistory: [...v.statusHistory, { status, on, reason }] },
  );
}

export function changeTierOf(
  writer: Writer,
  ids: readonly string[],
  tier: QualityTier | null,
  on: string,
  reason: string,
): Promise<BulkUndo> {
  return changeEach(writer, ids, (v) =>
    v.tier === tier ? {} : { tier, tierHistory: [...v.tierHistory, { tier, on, reason }] },
  );
}

/** Puts status and tier back as they were before a bulk change. */
export async function undoBulkChange(writer: Writer, undo: BulkUndo): Promise<void> {
  const byId = new Map(undo.map((b) => [b.id, b]));
  await writer.updateMany(
    'volunteers',
    undo.map((b) => b.id),
    (v) => {
      const { id: _id, ...fields } = byId.get(v.id)!;
      return fields;
    },
  );
}
