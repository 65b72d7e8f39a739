import { describe, expect, it } from 'vitest';
import type { RoundFields, TrainingSession } from '@shared/domain/training/round';
import {
  checkRound,
  daysOfRound,
  nextRoundNumber,
  numberTakenProblem,
  parseClockTime,
  roundLength,
  seatsWarning,
} from '@shared/domain/training/round-rules';

let counter = 0;
function session(on: string, starts: string, ends: string, titleTh = 'หัวข้อ'): TrainingSession {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    on,
    starts,
    ends,
    titleTh,
    kind: 'lecture',
    speaker: '',
    required: false,
  };
}

function round(changes: Partial<RoundFields> = {}): RoundFields {
  return {
    courseId: 'course-1',
    number: 2,
    startsOn: '2018-03-21',
    endsOn: '2018-03-23',
    venue: 'โรงแรมรอยัลซิตี้ กรุงเทพฯ',
    provinces: ['65', '66'],
    seats: 205,
    trainers: ['นางสาวจันทร์เพ็ญ ศรีสุข'],
    sessions: [
      session('2018-03-21', '09:00', '10:30'),
      session('2018-03-21', '10:45', '12:00'),
      session('2018-03-22', '09:00', '12:00'),
    ],
    signatory: { name: 'นายสมชาย ใจงาม', title: 'อธิบดีกรมพัฒนาสังคมและสวัสดิการ' },
    ...changes,
  };
}

function problemsOf(input: unknown) {
  const check = checkRound(input);
  return check.ok ? [] : check.problems;
}

describe('the round’s dates', () => {
  it('accepts a three-day round with its sessions inside it', () => {
    const check = checkRound(round());
    expect(check.ok).toBe(true);
  });

  it('refuses a last day before the first, naming both dates in the Buddhist era', () => {
    const [problem, ...rest] = problemsOf(round({ endsOn: '2018-03-20' }));
    expect(rest.filter((p) => p.field === 'endsOn')).toEqual([]);
    expect(problem).toMatchObject({ field: 'endsOn', code: 'round.ends-before-start' });
    expect(problem!.th).toContain('20 มี.ค. 2561');
    expect(problem!.th).toContain('21 มี.ค. 2561');
    expect(problem!.en).toContain('before the first day');
  });

  it('accepts a round of one day and of seven, and refuses eight', () => {
    expect(checkRound(round({ endsOn: '2018-03-21', sessions: [] })).ok).toBe(true);
    expect(checkRound(round({ endsOn: '2018-03-27', sessions: [] })).ok).toBe(true);
    const [problem] = problemsOf(round({ endsOn: '2018-03-28', sessions: [] }));
    expect(problem).toMatchObject({ field: 'endsOn', code: 'round.too-long' });
    expect(problem!.th).toContain('8 วัน');
  });

  it('asks for a missing first day by its field', () => {
    const problems = problemsOf(round({ startsOn: '' }));
    expect(problems.map((p) => p.field)).toEqual(['startsOn']);
  });

  it('lists the round’s days across a month’s end, and none for impossible dates', () => {
    expect(daysOfRound('2024-02-28', '2024-03-01')).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(roundLength('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysOfRound('2024-03-02', '2024-03-01')).toEqual([]);
    expect(daysOfRound('2024-03-01', '2024-03-09')).toEqual([]);
    expect(daysOfRound('', '2024-03-01')).toEqual([]);
  });
});

describe('the sessions', () => {
  it('refuses a session on a day outside the round, naming its row and the round’s days', () => {
    const sessions = [
      session('2018-03-21', '09:00', '10:00'),
      session('2018-03-24', '09:00', '10:00'),
    ];
    const [problem] = problemsOf(round({ sessions }));
    expect(problem).toMatchObject({ field: 'sessions.1.on', code: 'round.session-outside' });
    expect(problem!.th).toContain('ช่วงที่ 2');
    expect(problem!.th).toContain('24 มี.ค. 2561');
    expect(problem!.th).toContain('21 มี.ค. 2561 – 23 มี.ค. 2561');
  });

  it('refuses a session that ends when or before it starts', () => {
    const sessions = [
      session('2018-03-21', '10:00', '10:00'),
      session('2018-03-22', '13:00', '12:00'),
    ];
    const problems = problemsOf(round({ sessions }));
    expect(problems.map((p) => p.field)).toEqual(['sessions.0.ends', 'sessions.1.ends']);
    expect(problems[1]!.th).toContain('ช่วงที่ 2 เลิก 12:00 น.');
  });

  it('refuses two sessions of one day that overlap, naming the later one and the one it meets', () => {
    const sessions = [
      session('2018-03-21', '12:00', '15:00'),
      session('2018-03-21', '09:00', '12:00'),
      session('2018-03-21', '11:30', '12:30'),
    ];
    const problems = problemsOf(round({ sessions }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({
      field: 'sessions.2.starts',
      code: 'round.sessions-overlap',
    });
    expect(problems[0]!.th).toContain('ช่วงที่ 3 (11:30–12:30 น.) ทับเวลากับช่วงที่ 2');
    expect(problems[1]).toMatchObject({ field: 'sessions.0.starts' });
    expect(problems[1]!.en).toContain('Session 1 (12:00–15:00) overlaps session 3');
  });

  it('lets one session start when the one before it ends, and the same hours on another day', () => {
    const sessions = [
      session('2018-03-21', '09:00', '10:30'),
      session('2018-03-21', '10:30', '12:00'),
      session('2018-03-22', '09:00', '10:30'),
    ];
    expect(checkRound(round({ sessions })).ok).toBe(true);
  });

  it('names an empty title and a wrong time by row and field', () => {
    const sessions = [
      session('2018-03-21', '9.00', '10:00', ''),
      session('2018-03-21', '10:00', '11:00'),
    ];
    const problems = problemsOf(round({ sessions }));
    expect(problems.map((p) => p.field)).toEqual(['sessions.0.starts', 'sessions.0.titleTh']);
    expect(problems[0]!.th).toContain('เวลาเริ่มของช่วงที่ 1');
    expect(problems[1]!.th).toContain('ชื่อหัวข้อของช่วงที่ 1');
  });
});

describe('times as typed', () => {
  it.each([
    ['9', '09:00'],
    ['9.30', '09:30'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['๑๓.๐๐ น.', '13:00'],
    [' 16:45 ', '16:45'],
  ])('reads %s as %s', (typed, time) => {
    expect(parseClockTime(typed)).toBe(time);
  });

  it.each(['24:00', '9.75', 'เก้าโมง', '', '12345'])('does not read %s as a time', (typed) => {
    expect(parseClockTime(typed)).toBeNull();
  });
});

describe('round numbers and seats', () => {
  it('suggests one after the highest number taken, and 1 for a first round', () => {
    expect(nextRoundNumber([1, 3, 2])).toBe(4);
    expect(nextRoundNumber([])).toBe(1);
  });

  it('names a number taken and offers the next free one', () => {
    const problem = numberTakenProblem(2, [1, 2, 5]);
    expect(problem.field).toBe('number');
    expect(problem.th).toContain('รุ่นที่ 2');
    expect(problem.th).toContain('รุ่นที่ 6');
  });

  it('warns, without refusing, when seats fall below the people enrolled', () => {
    expect(seatsWarning(30, 30)).toBeNull();
    const warning = seatsWarning(25, 30);
    expect(warning).toMatchObject({ field: 'seats', code: 'round.seats-below-enrolled' });
    expect(warning!.th).toContain('25');
    expect(warning!.th).toContain('30');
  });
});
