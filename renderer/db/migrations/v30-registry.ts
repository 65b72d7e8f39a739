// Version 30: the registry. Volunteers gain status, tier and consent histories, a photo and merge
// links, and the list indexes under `ix`; the department's registrations, local merge records
// (for undo) and photo attachments get tables; an audit entry may cover many records at once.
import type { Transaction } from 'dexie';
import {
  volunteerIndexFields,
  volunteerIndexSpec,
} from '@shared/domain/volunteers/volunteer-index';
import type { Migration } from './migration';

type OldVolunteer = Record<string, unknown> & {
  status: 'active' | 'paused' | 'resigned' | 'deceased';
  tier: 'A' | 'B' | 'C' | null;
  joinedOn: string;
  updatedAt: string;
};

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('volunteers')
    .toCollection()
    .modify((v: OldVolunteer) => {
      const since = v.updatedAt.slice(0, 10);
      v.statusHistory ??= [{ status: 'active', on: v.joinedOn, reason: '' }];
      if (v.status !== 'active') {
        (v.statusHistory as unknown[]).push({ status: v.status, on: since, reason: '' });
      }
      v.tierHistory ??= v.tier ? [{ tier: v.tier, on: since, reason: '' }] : [];
      v.consent ??= [];
      v.photo ??= null;
      v.mergedInto ??= null;
      v.ix = volunteerIndexFields(v as never);
    });
  await tx
    .table('audit')
    .toCollection()
    .modify((entry: Record<string, unknown>) => {
      entry.recordIds = [entry.recordId];
      delete entry.recordId;
    });
}

export const v30Registry: Migration = {
  version: 30,
  stores: {
    audit: '++seq, *recordIds, at',
    volunteers: ['id, lc, owner', ...volunteerIndexSpec].join(', '),
    registrations: 'id, lc, owner, volunteerId, number, status',
    merges: '++seq, survivorId, mergedId, at',
    attachments: 'sha256',
  },
  upgrade,
};
