// What the door does: look up what was typed or scanned, check the person in, say how it went, and
// undo. Submissions run one after another, so two quick scans are answered in the order they came.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInMethod } from '@shared/domain/training/attendance';
import { parseCheckInInput } from '@shared/domain/training/check-in-input';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import type { AttendanceRecord, ParticipantRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import {
  checkIn,
  findForCheckIn,
  setLate,
  setLeftEarly,
  undoCheckIn,
} from '../../../db/training/check-in';
import { liveMarkOf } from '../../../db/training/check-in-queries';
import { createWriter } from '../../../db/write';
import { timeOf } from './check-in-time';

export type Feedback =
  | { kind: 'checked-in'; key: number; participant: ParticipantRecord; mark: AttendanceRecord }
  /** `time`: when the person was checked in before, `09:02`. */
  | { kind: 'already'; key: number; participant: ParticipantRecord; time: string }
  | { kind: 'refused'; key: number; participant: ParticipantRecord | null; message: string }
  | { kind: 'undone'; key: number; participant: ParticipantRecord };

/** What became of a submission: the input is cleared when done, kept (selected) otherwise. */
export type Outcome =
  { kind: 'done' } | { kind: 'kept' } | { kind: 'choices'; participants: ParticipantRecord[] };

type UndoEntry = { markId: string; participant: ParticipantRecord };

/** A feedback before it is numbered: each kind without its `key`. */
type WithoutKey<F> = F extends Feedback ? Omit<F, 'key'> : never;
type FeedbackDraft = WithoutKey<Feedback>;

export function useCheckInDesk(roundId: string, sessionId: string | null) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const counter = useRef(0);

  // Stable for the rows of the lists, which redraw only when their own mark changes.
  const core = useMemo(() => {
    const writer = createWriter(db, writeContextOf(installation));
    const say = (draft: FeedbackDraft) => {
      counter.current += 1;
      setFeedback({ ...draft, key: counter.current } as Feedback);
    };
    const messageOf = (error: unknown) =>
      isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error);
    /** Runs one piece of door work after those before it. */
    const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
      const next = queue.current.then(work, work);
      queue.current = next.catch(() => undefined);
      return next;
    };
    const change = (work: () => Promise<void>, participant: ParticipantRecord) =>
      inTurn(async () => {
        try {
          await work();
        } catch (error) {
          say({ kind: 'refused', participant, message: messageOf(error) });
        }
      });
    return {
      writer,
      say,
      messageOf,
      inTurn,
      undoMark: (markId: string, participant: ParticipantRecord) =>
        inTurn(async () => {
          try {
            await undoCheckIn(writer, markId);
            setUndoStack((stack) => stack.filter((e) => e.markId !== markId));
            say({ kind: 'undone', participant });
          } catch (error) {
            say({ kind: 'refused', participant, message: messageOf(error) });
          }
        }),
      setLate: (mark: AttendanceRecord, participant: ParticipantRecord, late: boolean) =>
        change(() => setLate(writer, mark.id, late), participant),
      setLeftEarly: (mark: AttendanceRecord, participant: ParticipantRecord, leftEarly: boolean) =>
        change(() => setLeftEarly(writer, mark.id, leftEarly), participant),
    };
  }, [installation, i18n]);

  async function checkInNow(participant: ParticipantRecord, method: CheckInMethod) {
    if (!sessionId) return { kind: 'kept' } as const;
    try {
      const { mark } = await checkIn(db, core.writer, {
        participantId: participant.id,
        sessionId,
        method,
      });
      core.say({ kind: 'checked-in', participant, mark });
      setUndoStack((stack) => [
        ...stack.filter((e) => e.markId !== mark.id),
        { markId: mark.id, participant },
      ]);
      return { kind: 'done' } as const;
    } catch (error) {
      if (isUserFacingError(error) && error.code === 'check-in.already') {
        const earlier = await liveMarkOf(db, participant.id, sessionId);
        const time = earlier ? timeOf(earlier.checkedInAt) : '';
        core.say({ kind: 'already', participant, time });
        return { kind: 'done' } as const;
      }
      core.say({ kind: 'refused', participant, message: core.messageOf(error) });
      return { kind: 'kept' } as const;
    }
  }

  /** Enter on the input: an id, a card or a number checks in at once; a name offers choices. */
  const submit = (text: string): Promise<Outcome> =>
    core.inTurn(async () => {
      const input = parseCheckInInput(text);
      const found = await findForCheckIn(db, roundId, input);
      switch (found.kind) {
        case 'none':
          return { kind: 'kept' } as const;
        case 'found':
          return checkInNow(found.participant, found.method);
        case 'choices':
          return { kind: 'choices', participants: found.participants } as const;
        case 'not-found': {
          const key = found.reason === 'other-round' ? 'other-round' : input.kind;
          core.say({
            kind: 'refused',
            participant: null,
            message: t(`checkIn.notFound.${key}`, { text: text.trim() }),
          });
          return { kind: 'kept' } as const;
        }
      }
    });

  /** A person picked by name, from the choices or the list of those missing. */
  const pick = (participant: ParticipantRecord): Promise<Outcome> =>
    core.inTurn(() => checkInNow(participant, 'name'));

  const lastEntry = undoStack.at(-1) ?? null;
  const undoLast = () =>
    lastEntry ? core.undoMark(lastEntry.markId, lastEntry.participant) : Promise.resolve();

  return {
    feedback,
    submit,
    pick,
    lastEntry,
    undoLast,
    rowActions: core,
  };
}

export type CheckInDesk = ReturnType<typeof useCheckInDesk>;
