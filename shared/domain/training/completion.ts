// Whether a participant completed a round: computed from the sessions attended by the course's rule,
// unless a person overrode it with a reason.
import type { CompletionRule } from './course';
import type { CompletionOverride } from './participant';
import type { TrainingSession } from './round';

export type Completion = {
  /** The verdict in force: the override's when there is one, else the computed one. */
  completed: boolean;
  computed: boolean;
  attended: number;
  sessions: number;
  /** Attended share of the sessions, 0–100, rounded down. */
  percent: number;
  /** Required sessions (by the rule) that were missed, in the round's order. */
  missedRequired: string[];
  override: CompletionOverride | null;
};

export function completionOf(
  rule: CompletionRule,
  sessions: readonly TrainingSession[],
  attendedSessionIds: ReadonlySet<string>,
  override: CompletionOverride | null = null,
): Completion {
  const attended = sessions.filter((s) => attendedSessionIds.has(s.id)).length;
  const percent = sessions.length === 0 ? 0 : Math.floor((attended * 100) / sessions.length);
  const missedRequired = rule.requireMarkedSessions
    ? sessions.filter((s) => s.required && !attendedSessionIds.has(s.id)).map((s) => s.id)
    : [];
  const computed = sessions.length > 0 && percent >= rule.minPercent && missedRequired.length === 0;
  return {
    completed: override ? override.completed : computed,
    computed,
    attended,
    sessions: sessions.length,
    percent,
    missedRequired,
    override,
  };
}
