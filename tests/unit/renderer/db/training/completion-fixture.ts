// A centre's round in a fresh database: a course with its rule, sessions over two days, participants
// and their marks, all written through the write layer as the screens write them.
import type { AppDB, ParticipantRecord, RoundRecord } from '@renderer/db/app-db';
import { createWriter, type NewRecord, type Writer } from '@renderer/db/write';
import type { WriteContext } from '@renderer/db/write-context';
import { attendanceIdOf } from '@shared/domain/training/attendance';
import type { CompletionRule } from '@shared/domain/training/course';
import type { ParticipantStatus } from '@shared/domain/training/participant';
import type { TrainingSession } from '@shared/domain/training/round';
import { freshDb } from '../test-db';

export const centre: WriteContext = {
  installationId: 'C6501-1',
  organisation: 'C6501',
  now: () => new Date('2026-03-22T10:00:00.000Z'),
};

export const uuidOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Four sessions over two days; the last one required. */
export const sessions: TrainingSession[] = [
  ['2026-03-21', '09:00', 'ความรู้เบื้องต้นเกี่ยวกับ อพม.'],
  ['2026-03-21', '13:00', 'การจัดการรายกรณี'],
  ['2026-03-22', '09:00', 'ฝึกปฏิบัติกลุ่ม'],
  ['2026-03-22', '13:00', 'สรุปและประเมินผล'],
].map(([on, starts, titleTh], i) => ({
  id: uuidOf(900 + i),
  on: on!,
  starts: starts!,
  ends: `${Number(starts!.slice(0, 2)) + 3}:00`,
  titleTh: titleTh!,
  kind: 'lecture',
  speaker: '',
  required: i === 3,
}));

export type Person = {
  firstNameTh: string;
  lastNameTh?: string;
  titleCode?: string;
  provinceCode?: string;
  status?: ParticipantStatus;
};

export type RoundFixture = {
  db: AppDB;
  writer: Writer;
  round: RoundRecord;
  participants: ParticipantRecord[];
  /** Marks participant `index` present at the sessions numbered (0-based) in `sessionIndexes`. */
  attend: (index: number, ...sessionIndexes: number[]) => Promise<void>;
};

export async function roundWith(
  people: readonly Person[],
  rule: CompletionRule = { minPercent: 75, requireMarkedSessions: false },
  context: WriteContext = centre,
): Promise<RoundFixture> {
  const db = await freshDb();
  const writer = createWriter(db, context);
  const course = await writer.create('courses', {
    titleTh: 'การพัฒนาศักยภาพ อพม. ด้านการจัดการรายกรณี',
    titleEn: 'Case management for OPM volunteers',
    purpose: '',
    indicators: ['3.1'],
    completion: rule,
  });
  const round = await writer.create('rounds', {
    courseId: course.id,
    number: 2,
    startsOn: '2026-03-21',
    endsOn: '2026-03-22',
    venue: 'โรงแรมอมรินทร์ลากูน พิษณุโลก',
    provinces: ['65', '64'],
    seats: 600,
    trainers: [],
    sessions: [...sessions].reverse(),
    signatory: { name: '', title: '' },
  });
  const participants = await writer.createMany(
    'participants',
    people.map((person, i): NewRecord<'participants'> => ({
      roundId: round.id,
      number: i + 1,
      role: 'volunteer',
      volunteerId: null,
      nationalId: '',
      titleCode: person.titleCode ?? 'mr',
      firstNameTh: person.firstNameTh,
      lastNameTh: person.lastNameTh ?? 'ใจดี',
      organisationName: 'ศูนย์ประสานงาน อพม. จังหวัดพิษณุโลก',
      provinceCode: person.provinceCode ?? '65',
      status: person.status ?? 'enrolled',
      enrolledAt: '2026-03-01T03:00:00.000Z',
      completionOverride: null,
      certificate: null,
    })),
  );
  const attend = async (index: number, ...sessionIndexes: number[]) => {
    const participant = participants[index]!;
    await writer.createMany(
      'attendance',
      sessionIndexes.map((s) => ({
        id: attendanceIdOf(participant.id, sessions[s]!.id),
        roundId: round.id,
        participantId: participant.id,
        sessionId: sessions[s]!.id,
        checkedInAt: '2026-03-21T02:00:00.000Z',
        method: 'card' as const,
        late: false,
        leftEarly: false,
      })),
    );
  };
  return { db, writer, round, participants, attend };
}
