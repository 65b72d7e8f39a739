// However the bundles between a centre's two installations and the department are delayed, lost,
// read twice or out of order, and however the owner's installations resolve conflicts, a final round
// of delivery leaves every installation with the same records, and no edit is lost on the way.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type { ConflictEntry } from '@renderer/db/app-db';
import {
  choosableFields,
  differingFields,
  sideOf,
  type ConflictChoice,
} from '@renderer/db/exchange/conflict-choice';
import type { ConflictAuditEntry } from '@renderer/db/exchange/open-conflicts';
import { resolveConflict } from '@renderer/db/exchange/resolve-conflict';
import { thaiIdCheckDigit } from '@shared/domain/people/thai-id';
import type { Installation } from '../../../shared/bundle/bundle-fixture';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import type { Site } from './exchange-fixture';
import { lostEdits, makeLedger, noteEdit, supersede, type Ledger } from './convergence-ledger';
import {
  CENTRE,
  closeNetwork,
  deliver,
  deliverAll,
  exportBundle,
  holdings,
  makeKeys,
  makeNetwork,
  openConflictCount,
  routes,
  syncRound,
  type Network,
} from './convergence-network';

const editedFields = ['firstNameTh', 'lastNameTh', 'firstNameEn', 'email', 'phones'] as const;
type EditedField = (typeof editedFields)[number];
type ChoiceKind = ConflictChoice['kind'];

type Op =
  | { t: 'create'; at: number }
  | { t: 'edit'; at: number; pick: number; field: number }
  | { t: 'delete'; at: number; pick: number }
  | { t: 'register'; pick: number }
  | { t: 'renumber'; pick: number }
  | { t: 'export'; route: number }
  | { t: 'deliver'; pick: number }
  | { t: 'lose'; pick: number }
  | { t: 'replay'; pick: number }
  | { t: 'resolve'; at: number; pick: number; choice: ChoiceKind; picks: boolean[] };

type Run = { network: Network; ledger: Ledger; serial: number; resolutions: number };

const totals = { conflicts: 0, resolutions: 0, superseded: 0, refused: 0, noOps: 0 };

let keys: Installation[];
beforeAll(async () => {
  keys = await makeKeys();
});

const centreSite = fc.integer({ min: 0, max: 1 });
const pick = fc.nat(50);
const choiceKind = fc.constantFrom<ChoiceKind>('keep-local', 'take-incoming', 'merged');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      at: centreSite,
      pick,
      field: fc.nat(editedFields.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('create' as const), at: centreSite }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), at: centreSite, pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('register' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('renumber' as const), pick }) },
  {
    weight: 5,
    arbitrary: fc.record({ t: fc.constant('export' as const), route: fc.nat(routes.length - 1) }),
  },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('deliver' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('lose' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('resolve' as const),
      at: fc.integer({ min: 0, max: 2 }),
      pick,
      choice: choiceKind,
      picks: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    }),
  },
);

function nationalIdFor(n: number): string {
  const first12 = `1${String(n).padStart(11, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/** A value no other edit of the run has. */
function freshValue(run: Run, field: EditedField): unknown {
  const n = ++run.serial;
  if (field === 'email') return `v${n}@example.org`;
  if (field === 'phones') return [`08${String(n).padStart(8, '0')}`];
  if (field === 'firstNameEn') return `Name${n}`;
  return field === 'firstNameTh' ? `ชื่อ${n}` : `สกุล${n}`;
}

function liveOf<T extends { deletedAt: string | null }>(records: T[], index: number): T | null {
  const live = records.filter((r) => r.deletedAt === null);
  return live.length ? live[index % live.length]! : null;
}

async function create(run: Run, site: Site): Promise<void> {
  const fields = Object.fromEntries(editedFields.map((f) => [f, freshValue(run, f)]));
  const created = await site.writer.create('volunteers', {
    ...sampleVolunteer({ nationalId: nationalIdFor(++run.serial) }),
    ...fields,
  });
  for (const field of [...editedFields, 'deletedAt'] as const) {
    noteEdit(run.ledger, 'volunteers', created.id, field, created[field]);
  }
}

async function edit(run: Run, site: Site, index: number, field: EditedField): Promise<void> {
  const volunteer = liveOf(await site.db.volunteers.toArray(), index);
  if (!volunteer) return;
  const value = freshValue(run, field);
  supersede(run.ledger, 'volunteers', volunteer.id, field, volunteer[field]);
  await site.writer.update('volunteers', volunteer.id, { [field]: value });
  noteEdit(run.ledger, 'volunteers', volunteer.id, field, value);
}

async function remove(run: Run, site: Site, index: number): Promise<void> {
  const volunteer = liveOf(await site.db.volunteers.toArray(), index);
  if (!volunteer) return;
  supersede(run.ledger, 'volunteers', volunteer.id, 'deletedAt', null);
  await site.writer.remove('volunteers', volunteer.id);
  const after = await site.db.volunteers.get(volunteer.id);
  noteEdit(run.ledger, 'volunteers', volunteer.id, 'deletedAt', after!.deletedAt);
}

/** The department registers a volunteer it holds, or renumbers a registration of its own. */
async function register(run: Run, site: Site, index: number): Promise<void> {
  const volunteer = liveOf(await site.db.volunteers.toArray(), index);
  if (!volunteer) return;
  const number = `พม.65-${++run.serial}`;
  const created = await site.writer.create('registrations', {
    volunteerId: volunteer.id,
    number,
    status: 'registered',
    on: '2026-11-22',
  });
  noteEdit(run.ledger, 'registrations', created.id, 'number', number);
}

async function renumber(run: Run, site: Site, index: number): Promise<void> {
  const registration = liveOf(await site.db.registrations.toArray(), index);
  if (!registration) return;
  const number = `พม.65-${++run.serial}`;
  supersede(run.ledger, 'registrations', registration.id, 'number', registration.number);
  await site.writer.update('registrations', registration.id, { number });
  noteEdit(run.ledger, 'registrations', registration.id, 'number', number);
}

/** Resolves `conflict` at `site`; the side not chosen for a field is replaced on purpose. */
async function resolve(
  run: Run,
  site: Site,
  conflict: ConflictEntry,
  kind: ChoiceKind,
  picks: readonly boolean[],
): Promise<void> {
  const local = (await site.db.table(conflict.table).get(conflict.recordId)) as Record<
    string,
    unknown
  >;
  const differing = differingFields(local, conflict.incoming);
  const choice: ConflictChoice =
    kind === 'merged'
      ? {
          kind,
          fields: Object.fromEntries(
            choosableFields(differing).map((f, i) => [
              f,
              picks[i % picks.length] ? 'incoming' : 'local',
            ]),
          ),
        }
      : { kind };
  await resolveConflict(site.db, site.context, conflict.seq!, choice);
  for (const field of differing) {
    const other = sideOf(choice, field) === 'local' ? conflict.incoming[field] : local[field];
    supersede(run.ledger, conflict.table, conflict.recordId, field, other);
  }
  run.resolutions++;
}

async function perform(run: Run, o: Op): Promise<void> {
  const { network } = run;
  const sites = network.sites;
  switch (o.t) {
    case 'create':
      return create(run, sites[o.at]!);
    case 'edit':
      return edit(run, sites[o.at]!, o.pick, editedFields[o.field]!);
    case 'delete':
      return remove(run, sites[o.at]!, o.pick);
    case 'register':
      return register(run, sites[2]!, o.pick);
    case 'renumber':
      return renumber(run, sites[2]!, o.pick);
    case 'export': {
      const route = routes[o.route]!;
      return exportBundle(network, sites[route.from]!, route.to);
    }
    case 'deliver':
    case 'lose': {
      if (network.inFlight.length === 0) return;
      const [envelope] = network.inFlight.splice(o.pick % network.inFlight.length, 1);
      if (o.t === 'deliver') await deliver(network, envelope!);
      return;
    }
    case 'replay': {
      if (network.delivered.length === 0) return;
      return deliver(network, network.delivered[o.pick % network.delivered.length]!);
    }
    case 'resolve': {
      const site = sites[o.at]!;
      const open = await site.db.conflicts.toArray();
      if (open.length === 0) return;
      const conflict = open[o.pick % open.length]!;
      if (site.context.organisation !== CENTRE) {
        // Only the owner resolves; elsewhere the refusal changes nothing.
        await expect(
          resolveConflict(site.db, site.context, conflict.seq!, { kind: 'keep-local' }),
        ).rejects.toMatchObject({ code: 'conflict.not-owner' });
        expect(await site.db.conflicts.count()).toBe(open.length);
        return;
      }
      return resolve(run, site, conflict, o.choice, o.picks);
    }
  }
}

/**
 * Delivers everything, then rounds of sending and resolving: in the first, every installation of
 * the centre resolves what it holds (two officers choosing differently, crossing); after that one
 * installation at a time, so that the rounds come to an end.
 */
async function settle(run: Run, finalChoices: readonly ChoiceKind[]): Promise<void> {
  const { network } = run;
  const centre = network.sites.filter((s) => s.context.organisation === CENTRE);
  await deliverAll(network);
  for (let round = 0; round < 6; round++) {
    await syncRound(network);
    if ((await openConflictCount(network)) === 0) return;
    let resolvers = 0;
    for (const [k, site] of centre.entries()) {
      if (round > 0 && resolvers > 0) break;
      let open = await site.db.conflicts.toArray();
      if (open.length > 0) resolvers++;
      for (let i = k; open.length > 0; i++) {
        const kind = finalChoices[i % finalChoices.length]!;
        await resolve(run, site, open[0]!, kind, [i % 2 === 0, true]);
        open = await site.db.conflicts.toArray();
      }
    }
  }
  throw new Error('the installations did not settle in 6 rounds');
}

/** Conflicts surfaced at a site (its exchange log's counts) and the closings its audit keeps. */
async function conflictRecord(site: Site) {
  let surfaced = 0;
  await site.db.exchangeLog.each((e) => {
    if (e.direction !== 'read' || e.outcome !== 'applied') return;
    for (const counts of Object.values(e.counts)) surfaced += counts.conflicts;
  });
  const entries = (await site.db.audit.toArray()) as Partial<ConflictAuditEntry>[];
  return { surfaced, closings: entries.flatMap((e) => e.conflicts ?? []) };
}

it('brings every installation to the same records, losing no edit', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(op, { minLength: 4, maxLength: 14 }),
      fc.array(choiceKind, { minLength: 1, maxLength: 3 }),
      async (ops, finalChoices) => {
        const network = await makeNetwork(keys);
        const run: Run = { network, ledger: makeLedger(), serial: 0, resolutions: 0 };
        try {
          // Two volunteers that everyone holds, so that edits meet.
          await create(run, network.sites[0]!);
          await create(run, network.sites[0]!);
          await exportBundle(network, network.sites[0]!, CENTRE);
          await exportBundle(network, network.sites[0]!, 'DSDW');
          await deliverAll(network);
          for (const o of ops) await perform(run, o);
          await settle(run, finalChoices);

          const [first, ...others] = await Promise.all(network.sites.map(holdings));
          for (const other of others) expect(other).toEqual(first);
          expect(lostEdits(run.ledger, first!)).toEqual([]);
          // Every conflict surfaced was closed, and the audit says how: none silently dropped.
          for (const site of network.sites) {
            const { surfaced, closings } = await conflictRecord(site);
            expect(closings).toHaveLength(surfaced);
            totals.superseded += closings.filter((c) => c.outcome === 'superseded').length;
          }
          totals.conflicts += network.tally.conflicts;
          totals.resolutions += run.resolutions;
          totals.refused += network.tally.refused;
          totals.noOps += network.tally.noOps;
        } finally {
          await closeNetwork(network);
        }
      },
    ),
    { numRuns: 30 },
  );
  // The runs met what they are about: conflicts surfaced, resolved by people and closed by newer
  // versions, and bundles refused or found already read.
  expect(totals.conflicts).toBeGreaterThan(0);
  expect(totals.resolutions).toBeGreaterThan(0);
  expect(totals.superseded).toBeGreaterThan(0);
  expect(totals.refused + totals.noOps).toBeGreaterThan(0);
}, 300_000);
