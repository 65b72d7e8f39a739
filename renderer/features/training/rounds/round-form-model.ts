// The round form's values and their translation to and from a round's fields; new session rows
// follow on from the row before them.
import type { RoundFields, SessionKind, TrainingSession } from '@shared/domain/training/round';
import { daysOfRound, parseClockTime } from '@shared/domain/training/round-rules';

export type SessionFormRow = {
  id: string;
  on: string | null;
  starts: string;
  ends: string;
  titleTh: string;
  kind: SessionKind;
  speaker: string;
  required: boolean;
};

export type RoundFormValues = {
  courseId: string | null;
  number: number | string;
  startsOn: string | null;
  endsOn: string | null;
  venue: string;
  provinces: string[];
  seats: number | string;
  trainers: string[];
  signatory: { name: string; title: string };
  sessions: SessionFormRow[];
};

export function emptyRoundValues(
  courseId: string | null,
  provinceCode: string | null,
): RoundFormValues {
  return {
    courseId,
    number: 1,
    startsOn: null,
    endsOn: null,
    venue: '',
    provinces: provinceCode ? [provinceCode] : [],
    seats: 50,
    trainers: [],
    signatory: { name: '', title: '' },
    sessions: [],
  };
}

export function roundValuesOf(round: RoundFields): RoundFormValues {
  return {
    courseId: round.courseId,
    number: round.number,
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    venue: round.venue,
    provinces: [...round.provinces],
    seats: round.seats,
    trainers: [...round.trainers],
    signatory: { ...round.signatory },
    sessions: round.sessions.map((s) => ({ ...s })),
  };
}

const numberOf = (value: number | string) =>
  value === '' ? Number.NaN : typeof value === 'number' ? value : Number(value);

/** A time as typed (`9.30`) in the stored form (`09:30`); left as typed when it is not a time. */
const clockOf = (text: string) => parseClockTime(text) ?? text.trim();

function sessionOf(row: SessionFormRow): TrainingSession {
  return {
    id: row.id,
    on: row.on ?? '',
    starts: clockOf(row.starts),
    ends: clockOf(row.ends),
    titleTh: row.titleTh.trim(),
    kind: row.kind,
    speaker: row.speaker.trim(),
    required: row.required,
  };
}

/** What the form holds as a round, in the form's row order (so problems name the rows seen). */
export function roundFieldsOf(values: RoundFormValues): RoundFields {
  return {
    courseId: values.courseId ?? '',
    number: numberOf(values.number),
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn ?? '',
    venue: values.venue.trim(),
    provinces: values.provinces,
    seats: numberOf(values.seats),
    trainers: values.trainers.map((t) => t.trim()).filter(Boolean),
    signatory: { name: values.signatory.name.trim(), title: values.signatory.title.trim() },
    sessions: values.sessions.map(sessionOf),
  };
}

/** A new row: the day and end of the row before it, or the round's first day at 09:00. */
export function nextSessionRow(values: RoundFormValues): SessionFormRow {
  const last = values.sessions.at(-1);
  const firstDay = daysOfRound(values.startsOn ?? '', values.endsOn ?? '')[0] ?? null;
  return {
    id: crypto.randomUUID(),
    on: last?.on ?? firstDay,
    starts: last ? clockOf(last.ends) : '09:00',
    ends: '',
    titleTh: '',
    kind: 'lecture',
    speaker: '',
    required: false,
  };
}
