// Which session the door is checking people in for: every session of the round, by day and time.
import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionsInOrder, type TrainingSession } from '@shared/domain/training/round';
import { useFormatDate } from '../../../app/use-format-date';

type Props = {
  sessions: readonly TrainingSession[];
  value: string;
  onChange: (sessionId: string) => void;
};

/** Redrawn only when the session or the schedule changes, not on every check-in. */
export const SessionPicker = memo(function SessionPicker({ sessions, value, onChange }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const data = sessionsInOrder(sessions).map((session) => ({
    value: session.id,
    label: t('checkIn.sessionOption', {
      date: formatDate(session.on),
      starts: session.starts,
      ends: session.ends,
      title: session.titleTh,
    }),
  }));
  return (
    <Select
      label={t('checkIn.session')}
      data={data}
      value={value}
      onChange={(next) => {
        if (next) onChange(next);
      }}
      allowDeselect={false}
      size="md"
      style={{ flex: 1, minWidth: '22rem' }}
    />
  );
});
