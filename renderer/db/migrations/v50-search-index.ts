// Version 50: fewer index entries per volunteer, so that imports and receipts write faster: the
// province and district indexes go, as codes nest (areCodesNested) and a range over the
// subdistrict index answers both. The registry's live counts per status are counted once here;
// a middleware keeps them from then on.
import type { Transaction } from 'dexie';
import { countFromIndex, VOLUNTEER_COUNTS_KEY } from '../volunteer-counts';
import type { Migration } from './migration';

async function upgrade(tx: Transaction): Promise<void> {
  const volunteers = tx.table('volunteers');
  const counts = await countFromIndex((status) =>
    volunteers.where('ix.status').equals(status).count(),
  );
  await tx.table('meta').put({ key: VOLUNTEER_COUNTS_KEY, value: counts });
}

export const v50SearchIndex: Migration = {
  version: 50,
  stores: {
    volunteers: [
      'id',
      'lc',
      'owner',
      'ix.sort',
      '*ix.terms',
      'ix.nid',
      '*ix.phones',
      'ix.status',
      'ix.tier',
      'ix.subd',
      'ix.birth',
      'ix.joined',
      '*ix.groups',
      '*ix.skills',
    ].join(', '),
  },
  upgrade,
};
