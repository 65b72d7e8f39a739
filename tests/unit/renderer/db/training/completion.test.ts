import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import {
  clearOverride,
  overrideCompletion,
  roundCompletion,
} from '@renderer/db/training/completion';
import { loadRoundReport } from '@renderer/db/training/round-report';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import { isUserFacingError } from '@shared/errors';
import { centre, roundWith, sessions, uuidOf, type RoundFixture } from './completion-fixture';

let db: AppDB | undefined;
afterEach(() => db?.close());

async function fixture(...args: Parameters<typeof roundWith>): Promise<RoundFixture> {
  const made = await roundWith(...args);
  db = made.db;
  return made;
}

const ownCentre = {
  code: 'C6501',
  kind: 'centre' as const,
  nameTh: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
  nameEn: 'OPM Coordination Centre, Phitsanulok',
  provinceCode: '65',
};

describe("a round's completion", () => {
  it('computes each enrolled participant from their live marks, by number', async () => {
    const f = await fixture([
      { firstNameTh: 'สมชาย' },
      { firstNameTh: 'สมศรี' },
      { firstNameTh: 'บุญมี', status: 'waiting' },
      { firstNameTh: 'มานะ', status: 'withdrawn' },
      { firstNameTh: 'ประยูร' },
    ]);
    await f.attend(0, 0, 1, 2);
    await f.attend(1, 0, 1, 2, 3);
    await f.attend(2, 0, 1, 2, 3);
    await f.attend(4, 0, 1, 2);
    // An undone check-in leaves a tombstone, which must not count.
    await f.writer.remove('attendance', attendanceIdOf(f.participants[4]!.id, sessions[2]!.id));
    // A deleted participant is not in the round any more.
    await f.writer.remove('participants', f.participants[1]!.id);

    const result = await roundCompletion(f.db, f.round.id);
    expect(result!.rows.map((r) => r.participant.firstNameTh)).toEqual(['สมชาย', 'ประยูร']);
    expect(result!.rows.map((r) => [r.completion.attended, r.completion.percent])).toEqual([
      [3, 75],
      [2, 50],
    ]);
    expect(result!.rows.map((r) => r.completion.completed)).toEqual([true, false]);
    expect(result!.sessions.map((s) => s.id)).toEqual(sessions.map((s) => s.id));
  });

  it("counts only the round's own marks", async () => {
    const f = await fixture([{ firstNameTh: 'สมชาย' }]);
    await f.attend(0, 0, 1);
    const participant = f.participants[0]!;
    await f.writer.create('attendance', {
      id: attendanceIdOf(participant.id, sessions[2]!.id),
      roundId: uuidOf(777),
      participantId: participant.id,
      sessionId: sessions[2]!.id,
      checkedInAt: '2026-03-22T02:00:00.000Z',
      method: 'name',
      late: false,
      leftEarly: false,
    });
    const result = await roundCompletion(f.db, f.round.id);
    expect(result!.rows[0]!.completion.attended).toBe(2);
  });

  it("follows the course's rule, naming the required sessions missed in the round's order", async () => {
    const f = await fixture([{ firstNameTh: 'สมชาย' }], {
      minPercent: 50,
      requireMarkedSessions: true,
    });
    await f.attend(0, 0, 1, 2);
    const row = (await roundCompletion(f.db, f.round.id))!.rows[0]!;
    expect(row.completion.percent).toBe(75);
    expect(row.completion.missedRequired).toEqual([sessions[3]!.id]);
    expect(row.completion.completed).toBe(false);
  });

  it('answers null for a round that is not there or was deleted', async () => {
    const f = await fixture([]);
    expect(await roundCompletion(f.db, uuidOf(1))).toBeNull();
    await f.writer.remove('rounds', f.round.id);
    expect(await roundCompletion(f.db, f.round.id)).toBeNull();
  });
});

describe('overriding completion', () => {
  it('keeps the verdict, the reason and the day, and clears back to the computed one', async () => {
    const f = await fixture([{ firstNameTh: 'สมชาย' }]);
    await f.attend(0, 0);
    const id = f.participants[0]!.id;
    await overrideCompletion(f.writer, id, true, '  ป่วย มีใบรับรองแพทย์  ', '2026-03-22');
    let row = (await roundCompletion(f.db, f.round.id))!.rows[0]!;
    expect(row.participant.completionOverride).toEqual({
      completed: true,
      reason: 'ป่วย มีใบรับรองแพทย์',
      on: '2026-03-22',
    });
    expect(row.completion).toMatchObject({ completed: true, computed: false });
    const audit = (await f.db.audit.toArray()).at(-1);
    expect(audit).toMatchObject({
      table: 'participants',
      kind: 'update',
      fields: ['completionOverride'],
    });

    await clearOverride(f.writer, id);
    row = (await roundCompletion(f.db, f.round.id))!.rows[0]!;
    expect(row.participant.completionOverride).toBeNull();
    expect(row.completion.completed).toBe(false);
  });

  it('refuses an override without a reason, in Thai and English, and writes nothing', async () => {
    const f = await fixture([{ firstNameTh: 'สมชาย' }]);
    const id = f.participants[0]!.id;
    const refusal = await overrideCompletion(f.writer, id, true, '   ').catch((e: unknown) => e);
    expect(isUserFacingError(refusal)).toBe(true);
    if (!isUserFacingError(refusal)) return;
    expect(refusal.code).toBe('completion.reason-required');
    expect(refusal.where.field).toBe('reason');
    expect(refusal.text.th).toContain('เหตุผล');
    expect(refusal.text.en).toContain('reason');
    expect((await f.db.participants.get(id))!.completionOverride).toBeNull();
  });

  it('refuses a reason longer than the record keeps', async () => {
    const f = await fixture([{ firstNameTh: 'สมชาย' }]);
    await expect(
      overrideCompletion(f.writer, f.participants[0]!.id, false, 'ก'.repeat(501)),
    ).rejects.toMatchObject({ code: 'completion.reason-too-long' });
  });
});

describe("the round's report", () => {
  it('gives attendance per session, completion by province with Thai names, and the organiser', async () => {
    const f = await fixture([
      { firstNameTh: 'สมชาย', provinceCode: '65' },
      { firstNameTh: 'สมศรี', provinceCode: '64' },
      { firstNameTh: 'ประยูร', provinceCode: '65' },
    ]);
    await f.db.provinces.bulkPut([
      { code: '65', nameTh: 'พิษณุโลก', nameEn: 'Phitsanulok' },
      { code: '64', nameTh: 'สุโขทัย', nameEn: 'Sukhothai' },
    ]);
    await f.attend(0, 0, 1, 2, 3);
    await f.attend(1, 0, 1, 2);
    await f.attend(2, 0);
    await f.writer.update('attendance', attendanceIdOf(f.participants[1]!.id, sessions[0]!.id), {
      late: true,
    });
    const report = (await loadRoundReport(f.db, f.round.id, ownCentre))!;
    expect(report.sessionSeries.map((s) => [s.present, s.late, s.absent])).toEqual([
      [3, 1, 0],
      [2, 0, 1],
      [2, 0, 1],
      [1, 0, 2],
    ]);
    expect(report.provinces).toEqual([
      expect.objectContaining({ nameTh: 'พิษณุโลก', enrolled: 2, completed: 1, percent: 50 }),
      expect.objectContaining({ nameTh: 'สุโขทัย', enrolled: 1, completed: 1, percent: 100 }),
    ]);
    expect(report.summary).toMatchObject({ enrolled: 3, completed: 2, percent: 67 });
    expect(report.organiser).toEqual({
      code: centre.organisation,
      nameTh: ownCentre.nameTh,
      nameEn: ownCentre.nameEn,
    });
  });
});
