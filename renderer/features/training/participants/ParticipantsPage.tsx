// A round's participants: who is seated and who waits, the ways to enrol (search, filter, by
// name), withdrawals and the waiting list moving up, and the sheet of participant cards.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { participantList } from '../../../db/training/participants';
import { useInstallation } from '../../../app/app-state';
import { RoundFrame } from '../RoundHeader';
import { EnrolPanels } from './EnrolPanels';
import { ParticipantTable } from './ParticipantTable';
import { printCards } from './print-cards';
import { useOrganisationName } from './use-organisation-name';

export function ParticipantsPage() {
  const { id = '' } = useParams();
  return (
    <RoundFrame roundId={id} page="participants">
      {({ round }) => <RoundParticipants round={round} />}
    </RoundFrame>
  );
}

function RoundParticipants({ round }: { round: RoundRecord }) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const list = useLiveQuery(() => participantList(db, round.id), [round.id]);
  const ownerName = useOrganisationName(round.owner);
  const isOwner = round.owner === installation.organisation.code;
  const count = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text role="status" aria-live="polite" fw={600}>
          {list
            ? t('participants.summary', {
                enrolled: count(list.counts.enrolled),
                seats: count(list.counts.seats),
                waiting: count(list.counts.waiting),
                withdrawn: count(list.withdrawn.length),
              })
            : ''}
        </Text>
        <Button
          variant="default"
          disabled={!list || list.counts.enrolled === 0}
          onClick={() => printCards(round, t, i18n.language)}
        >
          {t('participants.printCards')}
        </Button>
      </Group>
      {isOwner ? (
        <EnrolPanels round={round} />
      ) : (
        <Alert color="blue">{t('participants.readOnly', { owner: ownerName })}</Alert>
      )}
      {list && <ParticipantTable list={list} canChange={isOwner} />}
    </Stack>
  );
}
