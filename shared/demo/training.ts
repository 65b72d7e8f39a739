// Demo training: a course, its rounds over one to three days, participants drawn from demo
// volunteers, and attendance marks, each made from the seed alone so that any round can be made
// again without the rounds before it.
import type { CourseFields } from '../domain/training/course';
import type { RoundFields, SessionKind, TrainingSession } from '../domain/training/round';
import type { ParticipantFields } from '../domain/training/participant';
import { attendanceIdOf, type AttendanceFields } from '../domain/training/attendance';
import { createRandom, type Random, type Seed } from './random';
import { uuidFrom } from './uuid';
import type { DemoVolunteer } from './volunteers';

type Owned<T> = T & { id: string; owner: string };
export type DemoCourse = Owned<CourseFields>;
export type DemoRound = Owned<RoundFields>;
export type DemoParticipant = Owned<ParticipantFields>;
export type DemoMark = Owned<AttendanceFields>;

export function demoCourse(seed: Seed, owner: string): DemoCourse {
  return {
    id: uuidFrom(createRandom(seed, 0xc0a75e)),
    owner,
    titleTh: 'การพัฒนาศักยภาพอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ตามมาตรฐานการปฏิบัติงาน',
    titleEn: 'Developing volunteers to the practice standard',
    purpose: 'ให้ อพม. เข้าใจบทบาท จริยธรรม และทักษะการปฏิบัติงานตามมาตรฐาน',
    indicators: ['2.1', '3.1', '3.4', '3.7'],
    completion: { minPercent: 80, requireMarkedSessions: true },
  };
}

const sessionPlan: readonly (readonly [string, SessionKind, boolean])[] = [
  ['บทบาทและหน้าที่ของ อพม.', 'lecture', true],
  ['จริยธรรมในการปฏิบัติงาน', 'lecture', true],
  ['การคัดกรองและส่งต่อกลุ่มเป้าหมาย', 'group-work', false],
  ['เสวนาประสบการณ์ อพม. ดีเด่น', 'panel', false],
  ['การเก็บข้อมูลครัวเรือนเปราะบาง', 'group-work', false],
  ['ศึกษาดูงานศูนย์ช่วยเหลือสังคม', 'field-visit', false],
];
const times = [
  ['09:00', '10:30'],
  ['10:45', '12:00'],
  ['13:00', '14:30'],
  ['14:45', '16:00'],
] as const;
const venues = ['ห้องประชุมศาลากลางจังหวัด', 'โรงแรมอมรินทร์ลากูน', 'ศูนย์ฝึกอบรมกรมพัฒนาสังคมและสวัสดิการ'];

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type DemoRoundOptions = {
  seed: Seed;
  owner: string;
  courseId: string;
  number: number;
  startsOn: string;
  days: 1 | 2 | 3;
  sessionsPerDay: number;
  provinces: string[];
  seats: number;
};

export function demoRound(options: DemoRoundOptions): DemoRound {
  const random = createRandom(options.seed, 0x40000 + options.number);
  const sessions: TrainingSession[] = [];
  for (let day = 0; day < options.days; day++) {
    for (let slot = 0; slot < options.sessionsPerDay; slot++) {
      const [titleTh, kind, required] = sessionPlan[sessions.length % sessionPlan.length]!;
      const [starts, ends] = times[slot % times.length]!;
      sessions.push({
        id: uuidFrom(random),
        on: addDays(options.startsOn, day),
        starts,
        ends,
        titleTh,
        kind,
        speaker: random.pick(['นางสาวพรทิพย์ ใจงาม', 'นายสมศักดิ์ รักถิ่น', 'นางวันเพ็ญ ศรีสุข']),
        required,
      });
    }
  }
  return {
    id: uuidFrom(random),
    owner: options.owner,
    courseId: options.courseId,
    number: options.number,
    startsOn: options.startsOn,
    endsOn: addDays(options.startsOn, options.days - 1),
    venue: random.pick(venues),
    provinces: options.provinces,
    seats: options.seats,
    trainers: ['นางสาวพรทิพย์ ใจงาม', 'นายสมศักดิ์ รักถิ่น'],
    sessions,
    signatory: { name: 'นายประเสริฐ มั่นคง', title: 'ผู้อำนวยการศูนย์' },
  };
}

export type DemoParticipationOptions = {
  seed: Seed;
  round: DemoRound;
  volunteers: readonly DemoVolunteer[];
  /** The organisation name printed for each volunteer, by its owner's code. */
  organisationName: (owner: string) => string;
  /** Share of the sessions each participant attends, about; 0 for a round not yet held. */
  attendance: number;
  enrolledAt: string;
};

/** The round's participants, numbered in order, and their marks. */
export function demoParticipations(options: DemoParticipationOptions): {
  participants: DemoParticipant[];
  marks: DemoMark[];
} {
  const { round } = options;
  const random = createRandom(options.seed, 0x50000 + round.number);
  const participants: DemoParticipant[] = [];
  const marks: DemoMark[] = [];
  options.volunteers.forEach((v, i) => {
    const participant: DemoParticipant = {
      id: uuidFrom(random),
      owner: round.owner,
      roundId: round.id,
      number: i + 1,
      role: 'volunteer',
      volunteerId: v.id,
      nationalId: v.nationalId,
      titleCode: v.titleCode,
      firstNameTh: v.firstNameTh,
      lastNameTh: v.lastNameTh,
      organisationName: options.organisationName(v.owner),
      provinceCode: v.address.provinceCode,
      status: i < round.seats ? 'enrolled' : 'waiting',
      enrolledAt: options.enrolledAt,
      completionOverride: null,
      certificate: null,
    };
    participants.push(participant);
    if (participant.status !== 'enrolled') return;
    for (const session of round.sessions) {
      if (!random.chance(options.attendance)) continue;
      marks.push(markOf(random, participant, session));
    }
  });
  return { participants, marks };
}

function markOf(random: Random, participant: DemoParticipant, session: TrainingSession): DemoMark {
  const late = random.chance(0.08);
  const minutes = late ? random.between(16, 50) : random.between(-20, 10);
  const [h, m] = session.starts.split(':').map(Number) as [number, number];
  // Thai time is UTC+7.
  const at = new Date(Date.UTC(0, 0, 0, h - 7, m + minutes));
  const checkedInAt = `${session.on}T${at.toISOString().slice(11, 19)}.000Z`;
  return {
    id: attendanceIdOf(participant.id, session.id),
    owner: participant.owner,
    roundId: participant.roundId,
    participantId: participant.id,
    sessionId: session.id,
    checkedInAt,
    method: random.pick(['national-id', 'card', 'card', 'name'] as const),
    late,
    leftEarly: random.chance(0.03),
  };
}
