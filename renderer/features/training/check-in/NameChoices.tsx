// The people whose name matches what was typed: a listbox the input drives with the arrow keys.
import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantRecord } from '../../../db/app-db';
import { participantName } from '@shared/domain/training/participant';

/** More than this and the trainer types more of the name instead of scrolling. */
export const CHOICES_SHOWN = 8;

type Props = {
  id: string;
  choices: readonly ParticipantRecord[];
  active: number;
  checkedInAt: ReadonlyMap<string, string>;
  onHover: (index: number) => void;
  onPick: (participant: ParticipantRecord) => void;
};

export function NameChoices({ id, choices, active, checkedInAt, onHover, onPick }: Props) {
  const { t } = useTranslation();
  const shown = choices.slice(0, CHOICES_SHOWN);
  return (
    <Paper withBorder shadow="sm" mt={4} p={4}>
      <div role="listbox" id={id} aria-label={t('checkIn.choices')}>
        {shown.map((participant, index) => {
          const time = checkedInAt.get(participant.id);
          return (
            <div
              key={participant.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              // The input keeps the focus: a click picks without taking it away.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onHover(index)}
              onClick={() => onPick(participant)}
              style={{
                cursor: 'pointer',
                padding: '0.4rem 0.6rem',
                borderRadius: 4,
                background: index === active ? 'var(--mantine-color-blue-light)' : undefined,
              }}
            >
              <Group gap="sm" wrap="nowrap">
                <Text fw={700} size="lg" w="3.5rem" ta="right">
                  {participant.number}
                </Text>
                <Text size="lg">{participantName(participant)}</Text>
                <Text c="dimmed" size="sm" truncate>
                  {participant.organisationName}
                </Text>
                {participant.status !== 'enrolled' && (
                  <Badge color="red" variant="light">
                    {t(`checkIn.choiceStatus.${participant.status}`)}
                  </Badge>
                )}
                {time && (
                  <Badge color="yellow" variant="light">
                    {t('checkIn.choiceCheckedIn', { time })}
                  </Badge>
                )}
              </Group>
            </div>
          );
        })}
      </div>
      {choices.length > shown.length && (
        <Text c="dimmed" size="sm" px="sm" py={4}>
          {t('checkIn.choicesMore', { count: choices.length - shown.length })}
        </Text>
      )}
    </Paper>
  );
}
