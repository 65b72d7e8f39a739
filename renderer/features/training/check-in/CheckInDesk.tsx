// The door for one round: the session, the big input, the answer to the last scan, undo, the counts,
// and the lists of who is in and who is still missing.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localMomentOf, sessionForNow } from '@shared/domain/training/lateness';
import { sessionsInOrder } from '@shared/domain/training/round';
import type { ParticipantRecord, RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import {
  attendanceOf,
  roundParticipants,
  sessionMarks,
} from '../../../db/training/check-in-queries';
import { participantName } from '@shared/domain/training/participant';
import { CameraScan } from './CameraScan';
import classes from './CheckIn.module.css';
import { CheckInFeedback } from './CheckInFeedback';
import { CheckInInput } from './CheckInInput';
import { timeOf } from './check-in-time';
import { MissingList } from './MissingList';
import { PresentList } from './PresentList';
import { PrintSheets } from './PrintSheets';
import { SessionCounts } from './SessionCounts';
import { SessionPicker } from './SessionPicker';
import { useCheckInDesk } from './use-check-in-desk';
import { useKeepFocus } from './use-keep-focus';

export function CheckInDesk({ round }: { round: RoundRecord }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Chosen once when the page opens; the trainer moves on to the next session by hand.
  const [sessionNow] = useState(() => sessionForNow(round.sessions, localMomentOf(new Date())));
  const asked = round.sessions.find((s) => s.id === params.get('session'));
  const session =
    asked ??
    round.sessions.find((s) => s.id === sessionNow?.id) ??
    sessionsInOrder(round.sessions)[0] ??
    null;
  const sessionId = session?.id ?? null;
  const desk = useCheckInDesk(round.id, sessionId);
  const inputRef = useRef<HTMLInputElement>(null);
  // Two queries: a check-in changes the session's marks, and only that one is read again.
  const participants = useLiveQuery(() => roundParticipants(db, round.id), [round.id]);
  const read = useLiveQuery(
    async () => (sessionId ? { sessionId, marks: await sessionMarks(db, sessionId) } : null),
    [sessionId],
  );
  // The previous session's marks stay in hand until the new ones are read: never show them.
  const marks = read?.sessionId === sessionId ? read.marks : null;
  const attendance = useMemo(
    () => (participants && marks ? attendanceOf(participants, marks) : null),
    [participants, marks],
  );
  const checkedInAt = useMemo(
    () => new Map(attendance?.present.map((r) => [r.participant.id, timeOf(r.mark.checkedInAt)])),
    [attendance],
  );

  const focusInput = () => inputRef.current?.focus();
  const chooseSession = useCallback(
    (id: string) => {
      setParams({ session: id }, { replace: true });
      inputRef.current?.focus();
    },
    [setParams],
  );
  useKeepFocus(inputRef, () => void desk.undoLast());

  // One function for every row of the missing list, so that a check-in redraws only the rows it moves.
  const latestPick = useRef(desk.pick);
  useLayoutEffect(() => {
    latestPick.current = desk.pick;
  });
  const pickMissing = useCallback((participant: ParticipantRecord) => {
    void latestPick.current(participant).then(() => inputRef.current?.focus());
  }, []);

  // Undoing a row removes it, and its button with the focus: the focus goes back to the input.
  const { rowActions } = desk;
  const actions = useMemo(
    () => ({
      ...rowActions,
      undoMark: (markId: string, participant: ParticipantRecord) =>
        rowActions.undoMark(markId, participant).then(() => inputRef.current?.focus()),
    }),
    [rowActions],
  );

  if (round.sessions.length === 0) return <Alert color="yellow">{t('checkIn.noSessions')}</Alert>;
  const last = desk.lastEntry;
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <SessionPicker sessions={round.sessions} value={sessionId ?? ''} onChange={chooseSession} />
        {attendance && <SessionCounts counts={attendance.counts} />}
        <PrintSheets round={round} session={session} />
      </Group>
      <Group align="flex-start" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <CheckInInput
            roundId={round.id}
            desk={desk}
            inputRef={inputRef}
            checkedInAt={checkedInAt}
            disabled={!sessionId}
          />
        </div>
        <div style={{ paddingTop: '1.75rem' }}>
          <CameraScan
            disabled={!sessionId}
            onScanned={(text) => {
              void desk.submit(text).then(focusInput);
            }}
          />
        </div>
      </Group>
      <CheckInFeedback feedback={desk.feedback} />
      <Group>
        <Button
          variant="light"
          color="gray"
          disabled={!last}
          onClick={() => void desk.undoLast().then(focusInput)}
        >
          {last
            ? t('checkIn.undoLastOf', {
                number: last.participant.number,
                name: participantName(last.participant),
              })
            : t('checkIn.undoLast')}
        </Button>
      </Group>
      {attendance && (
        <div className={classes.lists}>
          <PresentList rows={attendance.present} desk={actions} />
          <MissingList missing={attendance.missing} onPick={pickMissing} />
        </div>
      )}
    </Stack>
  );
}
