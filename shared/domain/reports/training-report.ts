// The round's report as series: completion per participant, attendance per session (present, late,
// left early, absent) and completion by province, computed from the round's live records.
import type { AttendanceFields } from '../training/attendance';
import { completionOf, type Completion } from '../training/completion';
import type { CompletionRule } from '../training/course';
import type { CompletionOverride } from '../training/participant';
import type { TrainingSession } from '../training/round';

/** What a series needs of an attendance mark. */
export type ReportMark = Pick<
  AttendanceFields,
  'participantId' | 'sessionId' | 'late' | 'leftEarly'
>;

/** What a series needs of a participant. */
export type ReportParticipant = {
  id: string;
  number: number;
  provinceCode: string;
  completionOverride: CompletionOverride | null;
};

export type ParticipantCompletion<P extends ReportParticipant> = {
  participant: P;
  completion: Completion;
};

export type SessionAttendance = {
  sessionId: string;
  on: string;
  starts: string;
  titleTh: string;
  /** Checked in, late or not. */
  present: number;
  /** Of those present: came late. */
  late: number;
  /** Of those present: left early. */
  leftEarly: number;
  /** Enrolled, with no mark for the session. */
  absent: number;
};

export type ProvinceCompletion = {
  /** Empty for participants whose province is not known. */
  provinceCode: string;
  nameTh: string;
  nameEn: string;
  enrolled: number;
  completed: number;
  /** Completed share of the enrolled, 0–100, rounded. */
  percent: number;
};

export type CompletionSummary = {
  enrolled: number;
  completed: number;
  percent: number;
  /** Verdicts a person set over the computed one. */
  overridden: number;
};

/** The sessions each participant attended, from one read of the round's marks. */
export function attendedSessions(marks: readonly ReportMark[]): Map<string, Set<string>> {
  const attended = new Map<string, Set<string>>();
  for (const mark of marks) {
    let sessions = attended.get(mark.participantId);
    if (!sessions) attended.set(mark.participantId, (sessions = new Set()));
    sessions.add(mark.sessionId);
  }
  return attended;
}

/** Each participant's completion by the course's rule and their override, by participant number. */
export function participantCompletions<P extends ReportParticipant>(
  rule: CompletionRule,
  sessions: readonly TrainingSession[],
  participants: readonly P[],
  marks: readonly ReportMark[],
): ParticipantCompletion<P>[] {
  const attended = attendedSessions(marks);
  const none: ReadonlySet<string> = new Set();
  return [...participants]
    .sort((a, b) => a.number - b.number)
    .map((participant) => ({
      participant,
      completion: completionOf(
        rule,
        sessions,
        attended.get(participant.id) ?? none,
        participant.completionOverride,
      ),
    }));
}

/** Attendance at each session, in the order given, counting only the participants listed. */
export function sessionAttendance(
  sessions: readonly TrainingSession[],
  participantIds: ReadonlySet<string>,
  marks: readonly ReportMark[],
): SessionAttendance[] {
  const bars = new Map(
    sessions.map((s) => [
      s.id,
      {
        sessionId: s.id,
        on: s.on,
        starts: s.starts,
        titleTh: s.titleTh,
        present: 0,
        late: 0,
        leftEarly: 0,
        absent: 0,
      },
    ]),
  );
  const counted = new Set<string>();
  for (const mark of marks) {
    const bar = bars.get(mark.sessionId);
    const key = `${mark.participantId} ${mark.sessionId}`;
    if (!bar || !participantIds.has(mark.participantId) || counted.has(key)) continue;
    counted.add(key);
    bar.present += 1;
    if (mark.late) bar.late += 1;
    if (mark.leftEarly) bar.leftEarly += 1;
  }
  return [...bars.values()].map((bar) => ({ ...bar, absent: participantIds.size - bar.present }));
}

type ProvinceName = { nameTh: string; nameEn: string };

/** Enrolled and completed per province, by Thai name; participants without a province come last. */
export function completionByProvince(
  rows: readonly { participant: { provinceCode: string }; completion: { completed: boolean } }[],
  provinceNames: ReadonlyMap<string, ProvinceName>,
): ProvinceCompletion[] {
  const byCode = new Map<string, ProvinceCompletion>();
  for (const { participant, completion } of rows) {
    const code = participant.provinceCode;
    let entry = byCode.get(code);
    if (!entry) {
      const names = provinceNames.get(code);
      entry = {
        provinceCode: code,
        nameTh: names?.nameTh ?? code,
        nameEn: names?.nameEn ?? code,
        enrolled: 0,
        completed: 0,
        percent: 0,
      };
      byCode.set(code, entry);
    }
    entry.enrolled += 1;
    if (completion.completed) entry.completed += 1;
  }
  return [...byCode.values()]
    .map((entry) => ({ ...entry, percent: shareOf(entry.completed, entry.enrolled) }))
    .sort(
      (a, b) =>
        Number(a.provinceCode === '') - Number(b.provinceCode === '') ||
        a.nameTh.localeCompare(b.nameTh, 'th'),
    );
}

export function completionSummary(
  rows: readonly { completion: Pick<Completion, 'completed' | 'override'> }[],
): CompletionSummary {
  const completed = rows.filter((row) => row.completion.completed).length;
  return {
    enrolled: rows.length,
    completed,
    percent: shareOf(completed, rows.length),
    overridden: rows.filter((row) => row.completion.override !== null).length,
  };
}

function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole);
}
