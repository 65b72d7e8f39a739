// Session timing at the door: which session is on now, and whether a check-in came late for one.
import type { TrainingSession } from './round';

/** A check-in more than this many minutes after the session's start is late by default. */
export const LATE_AFTER_MINUTES = 15;

/** A moment in the venue's local time: its calendar day and its minute of that day. */
export type LocalMoment = { on: string; minute: number };

type Timed = Pick<TrainingSession, 'on' | 'starts' | 'ends'>;

/** Minutes after midnight of an `HH:MM` clock time. */
export function minuteOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** `HH:MM` of a minute of the day. */
export function clockOf(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** The local day and minute of an instant, seconds dropped: 09:15:59 is minute 09:15. */
export function localMomentOf(instant: Date): LocalMoment {
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  return { on, minute: instant.getHours() * 60 + instant.getMinutes() };
}

/**
 * Late when checked in on the session's own day more than 15 minutes after it starts. A mark
 * entered on another day (from a paper sheet, the day after) says nothing about lateness.
 */
export function isLateFor(session: Pick<Timed, 'on' | 'starts'>, at: LocalMoment): boolean {
  return at.on === session.on && at.minute > minuteOf(session.starts) + LATE_AFTER_MINUTES;
}

/**
 * The session a trainer at the door most likely means: the one running now, else the next to
 * start, else the first. Sessions may come in any order; null when there are none.
 */
export function sessionForNow<S extends Timed>(sessions: readonly S[], at: LocalMoment): S | null {
  const ordered = [...sessions].sort((a, b) =>
    a.on === b.on ? minuteOf(a.starts) - minuteOf(b.starts) : a.on.localeCompare(b.on),
  );
  const running = ordered.find(
    (s) => s.on === at.on && minuteOf(s.starts) <= at.minute && at.minute < minuteOf(s.ends),
  );
  if (running) return running;
  const next = ordered.find(
    (s) => s.on > at.on || (s.on === at.on && minuteOf(s.starts) > at.minute),
  );
  return next ?? ordered[0] ?? null;
}
