import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyBundle } from '@renderer/db/exchange/apply-bundle';
import { planBundle } from '@renderer/db/exchange/plan-bundle';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { makeSite, read, send, type Site } from './exchange-fixture';

let one: Site;
let two: Site;
let department: Site;
beforeEach(async () => {
  [one, two, department] = await Promise.all(['C6501-1', 'C6501-2', 'DSDW-1'].map(makeSite));
});
afterEach(() => {
  for (const site of [one, two, department]) site.db.close();
});

it('counts a version that an open conflict already holds as unchanged, as applying it does', async () => {
  const v = await one.writer.create('volunteers', sampleVolunteer());
  await read(two, (await send(one, two)).bytes, [one]);
  await one.writer.update('volunteers', v.id, { tier: 'A' });
  await two.writer.update('volunteers', v.id, { tier: 'C' });
  await read(department, (await send(one, department)).bytes, [one]);
  await read(department, (await send(two, department)).bytes, [two]);
  expect(await department.db.conflicts.count()).toBe(1);

  // Nothing acknowledged yet: the second installation's next bundle carries the same version.
  const again = await send(two, department);
  const bundle = await verifyBundle(again.bytes, {
    trust: () => two.keys.signing.publicKey,
    identities: [department.keys.age.identity],
  });
  const expected = { added: 0, updated: 0, unchanged: 1, conflicts: 0 };
  const plan = await planBundle(department.db, department.context, bundle);
  expect(plan).toMatchObject({ outcome: 'apply', counts: { volunteers: expected } });
  const { log } = await applyBundle(department.db, department.context, bundle);
  expect(log.counts.volunteers).toEqual(expected);
  expect(await department.db.conflicts.count()).toBe(1);
});
