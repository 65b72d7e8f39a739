// A training round (รุ่น) of a course: its number, dates, venue, invited provinces, seats, trainers,
// and the sessions of each day. Its owner is the organiser: a centre or the department.
import { z } from 'zod';

export const sessionKinds = ['lecture', 'panel', 'group-work', 'field-visit'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const trainingSessionSchema = z.object({
  /** A UUID, so that attendance can point to the session whatever is edited around it. */
  id: z.uuid(),
  on: isoDate,
  starts: clockTime,
  ends: clockTime,
  titleTh: z.string().min(1).max(200),
  kind: z.enum(sessionKinds),
  speaker: z.string().max(200),
  /** Must be attended to complete, when the course's rule asks for marked sessions. */
  required: z.boolean(),
});

export const signatorySchema = z.object({
  name: z.string().max(200),
  title: z.string().max(300),
});

export const roundFieldsSchema = z.object({
  courseId: z.string().min(1),
  /** รุ่นที่: numbered per course and organiser. */
  number: z.number().int().min(1).max(9999),
  startsOn: isoDate,
  endsOn: isoDate,
  venue: z.string().min(1).max(300),
  /** Interior Ministry 2-digit codes of the provinces invited. */
  provinces: z.array(z.string().regex(/^\d{2}$/)).max(77),
  seats: z.number().int().min(1).max(5000),
  trainers: z.array(z.string().min(1).max(200)).max(50),
  sessions: z.array(trainingSessionSchema).max(60),
  /** Who signs the certificates. */
  signatory: signatorySchema,
});

export type RoundFields = z.infer<typeof roundFieldsSchema>;
export type TrainingSession = z.infer<typeof trainingSessionSchema>;
export type SessionKind = (typeof sessionKinds)[number];
export type Signatory = z.infer<typeof signatorySchema>;

/** Sessions in the order they run: by day, then start time. */
export function sessionsInOrder(sessions: readonly TrainingSession[]): TrainingSession[] {
  return [...sessions].sort((a, b) =>
    a.on === b.on ? a.starts.localeCompare(b.starts) : a.on.localeCompare(b.on),
  );
}
