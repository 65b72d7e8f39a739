import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asExchanged, prepareExport } from '@renderer/db/exchange/export-changes';
import { scopeForRecipient } from '@renderer/db/exchange/write-next-bundle';
import { receiveRecords, type IncomingRecord } from '@renderer/db/receive';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import type { ParticipantFields } from '@shared/domain/training/participant';
import type { RoundFields } from '@shared/domain/training/round';
import { makeSite, read, send, travelling, type Site } from './exchange-fixture';

const sessionIds = ['0d1e2f30-4a5b-4c6d-8e7f-8091a2b3c4d5', '1e2f3041-5b6c-4d7e-8f90-91a2b3c4d5e6'];

function roundFields(courseId: string, provinces: string[]): RoundFields {
  return {
    courseId,
    number: 1,
    startsOn: '2026-12-01',
    endsOn: '2026-12-02',
    venue: 'ห้องประชุม',
    provinces,
    seats: 40,
    trainers: [],
    sessions: sessionIds.map((id, i) => ({
      id,
      on: i === 0 ? '2026-12-01' : '2026-12-02',
      starts: '09:00',
      ends: '12:00',
      titleTh: `หัวข้อที่ ${i + 1}`,
      kind: 'lecture',
      speaker: '',
      required: false,
    })),
    signatory: { name: '', title: '' },
  };
}

function participantFields(
  roundId: string,
  number: number,
  volunteerId: string | null,
): ParticipantFields {
  return {
    roundId,
    number,
    role: volunteerId ? 'volunteer' : 'guest',
    volunteerId,
    nationalId: '',
    titleCode: 'mrs',
    firstNameTh: `ผู้เข้าอบรม${number}`,
    lastNameTh: 'ทดสอบ',
    organisationName: '',
    provinceCode: '',
    status: 'enrolled',
    enrolledAt: '2026-11-20T03:00:00.000Z',
    completionOverride: null,
    certificate: null,
  };
}

async function seatAndMark(site: Site, roundId: string, volunteerIds: (string | null)[]) {
  const participants = await site.writer.createMany(
    'participants',
    volunteerIds.map((v, i) => participantFields(roundId, i + 1, v)),
  );
  await site.writer.createMany(
    'attendance',
    participants.map((p) => ({
      id: attendanceIdOf(p.id, sessionIds[0]!),
      roundId,
      participantId: p.id,
      sessionId: sessionIds[0]!,
      checkedInAt: '2026-12-01T02:00:00.000Z',
      method: 'card' as const,
      late: false,
      leftEarly: false,
    })),
  );
  return participants;
}

const course = {
  titleTh: 'การพัฒนาศักยภาพ อพม.',
  titleEn: '',
  purpose: '',
  indicators: ['3.1'],
  completion: { minPercent: 80, requireMarkedSessions: false },
};

let centre: Site;
let department: Site;
beforeEach(async () => {
  centre = await makeSite('C6501-1');
  department = await makeSite('DSDW-1');
});
afterEach(() => {
  centre.db.close();
  department.db.close();
});

describe('training in bundles', () => {
  it('carries a centre’s round, its participants and their marks to the department', async () => {
    const c = await centre.writer.create('courses', course);
    const round = await centre.writer.create('rounds', roundFields(c.id, ['65']));
    await seatAndMark(centre, round.id, [null, null, null]);
    const written = await send(centre, department);
    const { log } = await read(department, written.bytes, [centre]);
    expect(log.outcome).toBe('applied');
    expect(log.counts.courses?.added).toBe(1);
    expect(log.counts.rounds?.added).toBe(1);
    expect(log.counts.participants?.added).toBe(3);
    expect(log.counts.attendance?.added).toBe(3);
    expect(await department.db.attendance.where('roundId').equals(round.id).count()).toBe(3);
  });

  it('carries an undone check-in as a tombstone', async () => {
    const c = await centre.writer.create('courses', course);
    const round = await centre.writer.create('rounds', roundFields(c.id, ['65']));
    const [p] = await seatAndMark(centre, round.id, [null]);
    await read(department, (await send(centre, department)).bytes, [centre]);
    await centre.writer.remove('attendance', attendanceIdOf(p!.id, sessionIds[0]!));
    await read(department, (await send(centre, department)).bytes, [centre]);
    const mark = await department.db.attendance.get(attendanceIdOf(p!.id, sessionIds[0]!));
    expect(mark?.deletedAt).not.toBeNull();
  });

  it('lets a trainer’s laptop of the centre take the round and send its check-ins back', async () => {
    const laptop = await makeSite('C6501-2');
    const c = await centre.writer.create('courses', course);
    const round = await centre.writer.create('rounds', roundFields(c.id, ['65']));
    const [p] = await centre.writer.createMany('participants', [
      participantFields(round.id, 1, null),
    ]);
    const out = await read(laptop, (await send(centre, laptop)).bytes, [centre]);
    expect(out.log.outcome).toBe('applied');
    await laptop.writer.create('attendance', {
      id: attendanceIdOf(p!.id, sessionIds[1]!),
      roundId: round.id,
      participantId: p!.id,
      sessionId: sessionIds[1]!,
      checkedInAt: '2026-12-02T02:00:00.000Z',
      method: 'card',
      late: false,
      leftEarly: false,
    });
    const back = await read(centre, (await send(laptop, centre)).bytes, [laptop]);
    expect(back.log.counts.attendance?.added).toBe(1);
    expect(await centre.db.attendance.where('participantId').equals(p!.id).count()).toBe(1);
    laptop.db.close();
  });

  describe('a department round, released to centres', () => {
    let roundId: string;
    let ours: string[];
    beforeEach(async () => {
      const volunteers = [
        travelling(1, 'C6501'),
        travelling(2, 'C6501', { nationalId: '3100600211235' }),
        travelling(3, 'C5001', { nationalId: '1101700203450' }),
      ] as IncomingRecord<'volunteers'>[];
      await receiveRecords(department.db, department.context, 'volunteers', volunteers);
      const c = await department.writer.create('courses', course);
      const round = await department.writer.create('rounds', roundFields(c.id, ['10']));
      roundId = round.id;
      const seated = await seatAndMark(department, round.id, [
        volunteers[0]!.id,
        volunteers[1]!.id,
        volunteers[2]!.id,
        null,
      ]);
      ours = seated.slice(0, 2).map((p) => p.id);
    });

    async function releaseFor(recipient: string) {
      const { tables } = await prepareExport(department.db, department.context, recipient);
      return scopeForRecipient(department.db, department.context, recipient, tables);
    }

    it('reaches a centre whose volunteers took part, with only their participations and marks', async () => {
      const release = await releaseFor('C6501');
      expect(release.courses).toHaveLength(1);
      expect(release.rounds!.map((r) => r.id)).toEqual([roundId]);
      expect(release.participants!.map((p) => p.id).sort()).toEqual([...ours].sort());
      expect(release.attendance!.map((m) => m.participantId).sort()).toEqual([...ours].sort());
    });

    it('gives a centre of an invited province the round but nobody else’s people', async () => {
      const release = await releaseFor('C1001');
      expect(release.rounds!.map((r) => r.id)).toEqual([roundId]);
      expect(release.participants).toEqual([]);
      expect(release.attendance).toEqual([]);
    });

    it('leaves the round out for a centre neither invited nor taking part', async () => {
      const release = await releaseFor('C2001');
      expect(release.courses).toHaveLength(1);
      expect(release.rounds).toEqual([]);
      expect(release.participants).toEqual([]);
    });

    it('sends the round along with a later participation even when the round did not change', async () => {
      await department.writer.update('participants', ours[0]!, { organisationName: 'ศูนย์ฯ' });
      const changedLater = {
        participants: [asExchanged((await department.db.participants.get(ours[0]!))!)],
      };
      const release = await scopeForRecipient(
        department.db,
        department.context,
        'C6501',
        changedLater,
      );
      expect(release.rounds!.map((r) => r.id)).toEqual([roundId]);
      expect(release.participants!.map((p) => p.id)).toEqual([ours[0]]);
    });
  });
});
