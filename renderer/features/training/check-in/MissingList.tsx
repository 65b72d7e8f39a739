// Who is still missing for the session, by number: a click or Enter on a person checks them in.
// Plain elements per row: a round of 550 redraws this list on every check-in of a busy door.
import { Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRecord } from '../../../db/app-db';
import { participantName } from '@shared/domain/training/participant';
import classes from './CheckIn.module.css';

type Props = {
  missing: readonly ParticipantRecord[];
  onPick: (participant: ParticipantRecord) => void;
};

export function MissingList({ missing, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="check-in-missing">
      <Title order={3} id="check-in-missing">
        {t('checkIn.missing', { count: missing.length })}
      </Title>
      {missing.length === 0 ? (
        <Text c="dimmed" mt="xs">
          {t('checkIn.missingEmpty')}
        </Text>
      ) : (
        <>
          <Text c="dimmed" size="sm" mb="xs">
            {t('checkIn.missingHint')}
          </Text>
          <ul
            className={`${classes.scroller} ${classes.missingList}`}
            aria-labelledby="check-in-missing"
          >
            {missing.map((participant) => (
              <MissingPerson key={participant.id} participant={participant} onPick={onPick} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type PersonProps = { participant: ParticipantRecord } & Pick<Props, 'onPick'>;

const MissingPerson = memo(
  function MissingPerson({ participant, onPick }: PersonProps) {
    const { t } = useTranslation();
    const name = participantName(participant);
    return (
      <li>
        <button
          type="button"
          className={classes.missingPerson}
          aria-label={t('checkIn.missingCheckIn', { number: participant.number, name })}
          onClick={() => onPick(participant)}
        >
          <span className={classes.number}>{participant.number}</span>
          <span className={classes.name}>{name}</span>
          <span className={classes.organisation}>{participant.organisationName}</span>
        </button>
      </li>
    );
  },
  (before, after) =>
    before.participant.lc === after.participant.lc && before.onPick === after.onPick,
);
