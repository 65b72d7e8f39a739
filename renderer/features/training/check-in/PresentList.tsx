// Those checked in for the session, the latest first: time, late and left-early toggles, undo per row.
import { Button, Checkbox, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRecord, ParticipantRecord } from '../../../db/app-db';
import type { PresentRow } from '../../../db/training/check-in-queries';
import { participantName } from '@shared/domain/training/participant';
import { timeOf } from './check-in-time';
import classes from './CheckIn.module.css';
import type { CheckInDesk } from './use-check-in-desk';

type Actions = Pick<CheckInDesk['rowActions'], 'setLate' | 'setLeftEarly' | 'undoMark'>;

export function PresentList({ rows, desk }: { rows: readonly PresentRow[]; desk: Actions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="check-in-present">
      <Title order={3} id="check-in-present" mb="xs">
        {t('checkIn.present', { count: rows.length })}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('checkIn.presentEmpty')}</Text>
      ) : (
        <div className={classes.scroller}>
          {/* A plain table: Mantine's redraws every cell of every row whenever the list changes. */}
          <table className={classes.presentTable} aria-labelledby="check-in-present">
            <thead>
              <tr>
                <th scope="col">{t('checkIn.column.time')}</th>
                <th scope="col" className={classes.numeric}>
                  {t('checkIn.column.number')}
                </th>
                <th scope="col">{t('checkIn.column.name')}</th>
                <th scope="col">{t('checkIn.column.late')}</th>
                <th scope="col">{t('checkIn.column.leftEarly')}</th>
                <th scope="col">{t('checkIn.column.undo')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ mark, participant }) => (
                <PresentRowView key={mark.id} mark={mark} participant={participant} desk={desk} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type RowProps = { mark: AttendanceRecord; participant: ParticipantRecord; desk: Actions };

/** Redrawn only when its own mark or person changed: a busy door adds a row a second. */
const PresentRowView = memo(
  function PresentRowView({ mark, participant, desk }: RowProps) {
    const { t } = useTranslation();
    const name = participantName(participant);
    return (
      <tr>
        <td className={classes.time}>{timeOf(mark.checkedInAt)}</td>
        <td className={`${classes.numeric} ${classes.number}`}>{participant.number}</td>
        <td>{name}</td>
        <td>
          <Checkbox
            aria-label={t('checkIn.lateOf', { name })}
            checked={mark.late}
            onChange={(event) => void desk.setLate(mark, participant, event.currentTarget.checked)}
          />
        </td>
        <td>
          <Checkbox
            aria-label={t('checkIn.leftEarlyOf', { name })}
            checked={mark.leftEarly}
            onChange={(event) =>
              void desk.setLeftEarly(mark, participant, event.currentTarget.checked)
            }
          />
        </td>
        <td>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            aria-label={t('checkIn.undoOf', { name })}
            onClick={() => void desk.undoMark(mark.id, participant)}
          >
            {t('checkIn.undo')}
          </Button>
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.mark.lc === after.mark.lc &&
    before.participant.lc === after.participant.lc &&
    before.desk === after.desk,
);
