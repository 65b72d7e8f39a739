import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { saveInstallation } from '@renderer/db/installation';
import { enrolPerson, enrolVolunteers, type PersonInput } from '@renderer/db/training/enrol';
import { isSearchable, searchVolunteersToEnrol } from '@renderer/db/training/enrol-search';
import {
  enrolByFilter,
  previewEnrolByFilter,
  volunteerIdsOfFilter,
} from '@renderer/db/training/enrol-by-filter';
import { participantList, participantsForCards } from '@renderer/db/training/participants';
import { moveUp, reinstate, withdraw } from '@renderer/db/training/seats';
import { createWriter, type Writer } from '@renderer/db/write';
import { thaiIdCheckDigit } from '@shared/domain/people/thai-id';
import { emptyFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { sampleVolunteer } from '../../../../support/sample-volunteer';
import { freshDb } from '../test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
const otherCentre = { installationId: 'C6502-1', organisation: 'C6502' };
const department = { installationId: 'DSDW-1', organisation: 'DSDW' };
const CENTRE_NAME = 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก';

let db: AppDB;
afterEach(() => db?.close());

/** A valid national id from a running number. */
function idOf(n: number): string {
  const first12 = `3${String(n).padStart(11, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

async function setUp(seats: number, owner = centre) {
  db = await freshDb();
  await saveInstallation(db, {
    organisation: {
      code: 'C6501',
      kind: 'centre',
      nameTh: CENTRE_NAME,
      nameEn: '',
      provinceCode: '65',
    },
    installationNumber: 1,
    installationId: 'C6501-1',
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const ownerWriter = createWriter(db, owner);
  const course = await ownerWriter.create('courses', {
    titleTh: 'การพัฒนาศักยภาพ อพม.',
    titleEn: '',
    purpose: '',
    indicators: [],
    completion: { minPercent: 80, requireMarkedSessions: false },
  });
  const round = await ownerWriter.create('rounds', {
    courseId: course.id,
    number: 1,
    startsOn: '2026-03-21',
    endsOn: '2026-03-22',
    venue: 'ห้องประชุมศาลากลางจังหวัด',
    provinces: ['65'],
    seats,
    trainers: [],
    sessions: [],
    signatory: { name: '', title: '' },
  });
  return { writer: createWriter(db, centre), roundId: round.id };
}

let running = 0;
function volunteer(overrides: Partial<VolunteerFields> = {}): VolunteerFields {
  running += 1;
  return sampleVolunteer({
    firstNameTh: `สมศรี${running}`,
    nationalId: idOf(running),
    ...overrides,
  });
}

async function volunteersOf(writer: Writer, list: VolunteerFields[]): Promise<string[]> {
  return (await writer.createMany('volunteers', list)).map((v) => v.id);
}

const guest = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  role: 'guest',
  titleCode: 'mr',
  firstNameTh: 'วิทยา',
  lastNameTh: 'นอกรุ่น',
  organisationName: 'มหาวิทยาลัยนเรศวร',
  provinceCode: '65',
  nationalId: '',
  ...overrides,
});

async function statusesByNumber(roundId: string) {
  const list = await participantList(db, roundId);
  return [...list!.active, ...list!.withdrawn]
    .sort((a, b) => a.number - b.number)
    .map((p) => `${p.number}:${p.status}`);
}

describe('enrolling registry volunteers', () => {
  it('copies name, id, centre and province, and numbers on from the highest', async () => {
    const { writer, roundId } = await setUp(30);
    const departmentWriter = createWriter(db, department);
    await departmentWriter.create('organisations', {
      code: 'C6502',
      kind: 'centre',
      nameTh: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก แห่งที่ 2',
      nameEn: '',
      provinceCode: '65',
      owner: 'DSDW',
    });
    const [own] = await volunteersOf(writer, [
      volunteer({ titleCode: 'mrs', firstNameTh: 'มาลี', lastNameTh: 'ทองดี' }),
    ]);
    const [other] = await volunteersOf(createWriter(db, otherCentre), [
      volunteer({
        address: { ...sampleVolunteer().address, provinceCode: '64', districtCode: '6401' },
      }),
    ]);
    const result = await enrolVolunteers(db, writer, roundId, [own!, other!], 'volunteer');
    expect(result.enrolled.map((e) => [e.number, e.name])).toEqual([
      [1, 'นางมาลี ทองดี'],
      [2, expect.stringMatching(/^นางสมศรี\d+ ใจดี$/)],
    ]);
    const list = (await participantList(db, roundId))!;
    const [first, second] = list.active;
    expect(first).toMatchObject({
      volunteerId: own,
      titleCode: 'mrs',
      firstNameTh: 'มาลี',
      lastNameTh: 'ทองดี',
      nationalId: idOf(running - 1),
      organisationName: CENTRE_NAME,
      provinceCode: '65',
      role: 'volunteer',
      status: 'enrolled',
      owner: 'C6501',
    });
    expect(second).toMatchObject({
      organisationName: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก แห่งที่ 2',
      provinceCode: '64',
    });

    // A person by name takes the next number, and so does the next volunteer after a deletion.
    const person = await enrolPerson(db, writer, roundId, guest());
    expect(person.number).toBe(3);
    await writer.remove('participants', person.id);
    const [late] = await volunteersOf(writer, [volunteer()]);
    const again = await enrolVolunteers(db, writer, roundId, [late!]);
    expect(again.enrolled.map((e) => e.number)).toEqual([4]);
  });

  it('skips and names a volunteer already in the round, and takes back one who withdrew', async () => {
    const { writer, roundId } = await setUp(30);
    const ids = await volunteersOf(writer, [
      volunteer({ titleCode: 'mr', firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' }),
      volunteer(),
      volunteer(),
    ]);
    await enrolVolunteers(db, writer, roundId, ids.slice(0, 2));
    const list = (await participantList(db, roundId))!;
    await withdraw(db, writer, list.active[1]!.id);

    const result = await enrolVolunteers(db, writer, roundId, ids);
    expect(result.alreadyIn).toEqual([
      { participantId: list.active[0]!.id, number: 1, name: 'นายสมชาย ใจดี' },
    ]);
    // The one who withdrew comes back with their own number; the newcomer gets the next one.
    expect(result.enrolled.map((e) => e.number)).toEqual([2, 3]);
    expect(await statusesByNumber(roundId)).toEqual(['1:enrolled', '2:enrolled', '3:enrolled']);
  });

  it('seats people up to the round’s seats and puts the rest on the waiting list', async () => {
    const { writer, roundId } = await setUp(3);
    const ids = await volunteersOf(writer, [volunteer(), volunteer(), volunteer(), volunteer()]);
    const result = await enrolVolunteers(db, writer, roundId, ids);
    expect(result.enrolled).toHaveLength(3);
    expect(result.waiting.map((e) => e.number)).toEqual([4]);
    const person = await enrolPerson(db, writer, roundId, guest());
    expect(person.status).toBe('waiting');
    const list = (await participantList(db, roundId))!;
    expect(list.counts).toEqual({ seats: 3, enrolled: 3, waiting: 2 });
    expect(list.waitingOrder).toEqual([list.active[3]!.id, person.id]);
    expect((await participantsForCards(db, roundId)).map((p) => p.number)).toEqual([1, 2, 3]);
  });
});

describe('the waiting list', () => {
  it('moves the first waiting into the seat a withdrawal frees, in the same transaction', async () => {
    const { writer, roundId } = await setUp(2);
    const ids = await volunteersOf(writer, [volunteer(), volunteer(), volunteer(), volunteer()]);
    await enrolVolunteers(db, writer, roundId, ids);
    const list = (await participantList(db, roundId))!;
    const auditBefore = await db.audit.count();

    const { withdrawn, promoted } = await withdraw(db, writer, list.active[0]!.id);
    expect(withdrawn.status).toBe('withdrawn');
    expect(promoted?.number).toBe(3);
    expect(await statusesByNumber(roundId)).toEqual([
      '1:withdrawn',
      '2:enrolled',
      '3:enrolled',
      '4:waiting',
    ]);
    expect(await db.audit.count()).toBe(auditBefore + 2);

    // A waiting person withdrawing frees no seat: nobody moves.
    const second = await withdraw(db, writer, list.active[3]!.id);
    expect(second.promoted).toBeNull();
    await expect(withdraw(db, writer, list.active[3]!.id)).rejects.toMatchObject({
      code: 'participants.already-withdrawn',
    });
  });

  it('reinstates into a free seat or at the end of the queue, and moves up by hand only into a free seat', async () => {
    const { writer, roundId } = await setUp(2);
    const ids = await volunteersOf(writer, [volunteer(), volunteer(), volunteer()]);
    await enrolVolunteers(db, writer, roundId, ids);
    const [first, , third] = (await participantList(db, roundId))!.active;
    await expect(moveUp(db, writer, third!.id)).rejects.toMatchObject({
      code: 'participants.no-free-seat',
      where: { field: 'seats' },
    });
    await expect(moveUp(db, writer, first!.id)).rejects.toMatchObject({
      code: 'participants.not-waiting',
    });
    await withdraw(db, writer, first!.id);
    // The seat went to no. 3; no. 1 comes back behind anyone waiting.
    expect((await reinstate(db, writer, first!.id)).status).toBe('waiting');
    await expect(reinstate(db, writer, first!.id)).rejects.toMatchObject({
      code: 'participants.not-withdrawn',
    });

    // More seats: a newcomer does not overtake the waiting person, who is moved up by hand.
    await createWriter(db, centre).update('rounds', roundId, { seats: 3 });
    expect((await enrolPerson(db, writer, roundId, guest())).status).toBe('waiting');
    expect((await moveUp(db, writer, first!.id)).status).toBe('enrolled');
    expect(await statusesByNumber(roundId)).toEqual([
      '1:enrolled',
      '2:enrolled',
      '3:enrolled',
      '4:waiting',
    ]);
  });
});

describe('enrolling a person by name', () => {
  it('refuses a national id already in the round, naming who has it', async () => {
    const { writer, roundId } = await setUp(30);
    const [v] = await volunteersOf(writer, [
      volunteer({ titleCode: 'mr', firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' }),
    ]);
    await enrolVolunteers(db, writer, roundId, [v!]);
    const taken = idOf(running);
    const refused = enrolPerson(db, writer, roundId, guest({ nationalId: taken, role: 'chair' }));
    await expect(refused).rejects.toMatchObject({
      code: 'participants.national-id-in-round',
      where: { field: 'nationalId' },
    });
    await expect(refused).rejects.toThrow(/no\. 1, นายสมชาย ใจดี/);
    const written = `${taken.slice(0, 1)}-${taken.slice(1, 5)}-${taken.slice(5, 10)}-${taken.slice(10, 12)}-${taken[12]}`;
    await expect(
      enrolPerson(db, writer, roundId, guest({ nationalId: written })),
    ).rejects.toMatchObject({ code: 'participants.national-id-in-round' });
    expect((await participantList(db, roundId))!.active).toHaveLength(1);
  });

  it('checks the national id’s check digit and the name, and keeps an officer without an id', async () => {
    const { writer, roundId } = await setUp(30);
    const bad = `${idOf(7).slice(0, 12)}${(Number(idOf(7)[12]) + 1) % 10}`;
    await expect(
      enrolPerson(db, writer, roundId, guest({ nationalId: bad })),
    ).rejects.toMatchObject({ code: 'thai-id.check-digit', where: { field: 'nationalId' } });
    await expect(
      enrolPerson(db, writer, roundId, guest({ firstNameTh: '  ' })),
    ).rejects.toMatchObject({
      code: 'participants.first-name-missing',
      where: { field: 'firstNameTh' },
    });
    const officer = await enrolPerson(
      db,
      writer,
      roundId,
      guest({ role: 'officer', organisationName: ' สำนักงานพัฒนาสังคมฯ จังหวัดพิษณุโลก ' }),
    );
    expect(officer).toMatchObject({
      role: 'officer',
      volunteerId: null,
      nationalId: '',
      organisationName: 'สำนักงานพัฒนาสังคมฯ จังหวัดพิษณุโลก',
      status: 'enrolled',
    });
  });
});

describe('enrolling by filter', () => {
  it('unites the filter over several districts, previews the count, then enrols', async () => {
    const { writer, roundId } = await setUp(3);
    const inDistrict = (district: string, tier: 'A' | 'B' | 'C') =>
      volunteer({
        tier,
        address: {
          ...sampleVolunteer().address,
          districtCode: district,
          subdistrictCode: `${district}01`,
        },
      });
    const [b1, b1b, , b2] = await volunteersOf(writer, [
      inDistrict('6501', 'B'),
      inDistrict('6501', 'B'),
      inDistrict('6501', 'A'),
      inDistrict('6502', 'B'),
      inDistrict('6503', 'B'),
      inDistrict('6502', 'C'),
    ]);
    const chosen = {
      filter: { ...emptyFilter, status: ['active' as const], tier: ['B' as const] },
      districts: ['6501', '6502'],
    };
    expect(new Set(await volunteerIdsOfFilter(db, chosen))).toEqual(new Set([b1, b1b, b2]));
    await enrolVolunteers(db, writer, roundId, [b1!]);
    expect(await previewEnrolByFilter(db, roundId, chosen)).toEqual({
      matching: 3,
      alreadyIn: 1,
      seated: 2,
      waiting: 0,
    });
    const result = await enrolByFilter(db, writer, roundId, chosen);
    expect(result.alreadyIn).toHaveLength(1);
    expect(result.enrolled).toHaveLength(2);
    const list = (await participantList(db, roundId))!;
    expect(new Set(list.active.map((p) => p.volunteerId))).toEqual(new Set([b1, b1b, b2]));
    expect(await previewEnrolByFilter(db, roundId, { ...chosen, districts: [] })).toMatchObject({
      matching: 4,
      alreadyIn: 3,
      seated: 0,
      waiting: 1,
    });
  });
});

describe('the enrol panel’s search', () => {
  it('finds volunteers by any part of a name or an id, marking those already in the round', async () => {
    const { writer, roundId } = await setUp(30);
    const [malee, maliwan] = await volunteersOf(writer, [
      volunteer({ titleCode: 'mrs', firstNameTh: 'มาลี', lastNameTh: 'ทองดี' }),
      volunteer({ titleCode: 'miss', firstNameTh: 'มะลิวัลย์', lastNameTh: 'ทองคำ' }),
      volunteer({ firstNameTh: 'สมพร', lastNameTh: 'ใจงาม' }),
    ]);
    await enrolVolunteers(db, writer, roundId, [maliwan!]);
    const found = await searchVolunteersToEnrol(db, roundId, 'ทอง', 'th');
    expect(found.total).toBe(2);
    expect(found.choices.map((c) => [c.id, c.name, c.inRound])).toEqual([
      // Thai dictionary order: มะ comes before มา.
      [maliwan, 'นางสาวมะลิวัลย์ ทองคำ', true],
      [malee, 'นางมาลี ทองดี', false],
    ]);
    const byId = await searchVolunteersToEnrol(db, roundId, idOf(running - 2), 'th');
    expect(byId.choices.map((c) => c.id)).toEqual([malee]);
    expect(byId.choices[0]!.nationalId).toMatch(/^\d-\d{4}-\d{5}-\d{2}-\d$/);
  });

  it('waits for two letters or four digits before searching', async () => {
    expect(isSearchable('ม')).toBe(false);
    expect(isSearchable('มา')).toBe(true);
    expect(isSearchable('310')).toBe(false);
    expect(isSearchable('3100')).toBe(true);
    expect(isSearchable('  ')).toBe(false);
  });
});

describe('only the round’s owner enrols', () => {
  it('refuses enrolment and seat changes in a round the department owns, writing nothing', async () => {
    const { writer, roundId } = await setUp(30, department);
    const [v] = await volunteersOf(writer, [volunteer()]);
    const audit = await db.audit.count();
    await expect(enrolVolunteers(db, writer, roundId, [v!])).rejects.toMatchObject({
      code: 'write.not-owner',
    });
    await expect(enrolPerson(db, writer, roundId, guest())).rejects.toMatchObject({
      code: 'write.not-owner',
    });
    expect(await db.participants.count()).toBe(0);
    expect(await db.audit.count()).toBe(audit);

    // The department's own participant cannot be withdrawn from the centre either.
    const departmentWriter = createWriter(db, department);
    const person = await enrolPerson(db, departmentWriter, roundId, guest());
    expect(person.owner).toBe('DSDW');
    await expect(withdraw(db, writer, person.id)).rejects.toMatchObject({
      code: 'write.not-owner',
    });
    expect((await db.participants.get(person.id))!.status).toBe('enrolled');
  });
});
