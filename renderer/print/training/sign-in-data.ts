// What sign-in sheets print: the round and its course, the sessions asked for (one, or all in the
// order they run), and the enrolled participants by number.
import { sessionsInOrder, type TrainingSession } from '@shared/domain/training/round';
import type { AppDB, CourseRecord, ParticipantRecord, RoundRecord } from '../../db/app-db';
import { roundParticipants } from '../../db/training/check-in-queries';
import { roundWithCourse } from '../../db/training/round-queries';

export type SignInSheets = {
  round: RoundRecord;
  course: CourseRecord | null;
  /** Each with its place in the round's schedule (1-based), as the heading names it. */
  sessions: { session: TrainingSession; index: number }[];
  participants: ParticipantRecord[];
};

export type SignInLoad =
  { kind: 'sheets'; sheets: SignInSheets } | { kind: 'not-found' } | { kind: 'no-session' };

export async function loadSignInSheets(
  db: AppDB,
  roundId: string,
  sessionId: string | null,
): Promise<SignInLoad> {
  const loaded = await roundWithCourse(db, roundId);
  if (!loaded) return { kind: 'not-found' };
  const ordered = sessionsInOrder(loaded.round.sessions).map((session, i) => ({
    session,
    index: i + 1,
  }));
  const sessions = sessionId ? ordered.filter((s) => s.session.id === sessionId) : ordered;
  if (sessions.length === 0) return { kind: 'no-session' };
  const participants = (await roundParticipants(db, roundId)).filter(
    (p) => p.status === 'enrolled',
  );
  return { kind: 'sheets', sheets: { ...loaded, sessions, participants } };
}
