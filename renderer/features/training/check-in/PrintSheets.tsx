// Printing sign-in sheets from the door: this session's, or every session's, through the host's
// print to PDF (the same way the registry prints its list).
import { Button, Group } from '@mantine/core';
import { memo } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isUserFacingError, messageIn } from '@shared/errors';
import type { TrainingSession } from '@shared/domain/training/round';
import type { RoundRecord } from '../../../db/app-db';
import { host } from '../../../host';

type Props = { round: RoundRecord; session: TrainingSession | null };

export function signInRoute(roundId: string, sessionId?: string): string {
  return `/print/training/${roundId}/sign-in${sessionId ? `?session=${sessionId}` : ''}`;
}

export const PrintSheets = memo(function PrintSheets({ round, session }: Props) {
  const { t, i18n } = useTranslation();
  const print = (route: string, suggestedName: string) => {
    host.invoke('print:pdf', { route, suggestedName }).catch((error: unknown) =>
      notifications.show({
        color: 'red',
        message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
      }),
    );
  };
  return (
    <Group gap="xs">
      <Button
        variant="default"
        disabled={!session}
        onClick={() =>
          session &&
          print(
            signInRoute(round.id, session.id),
            t('checkIn.print.fileSession', {
              number: round.number,
              date: session.on,
              // File names may not hold a colon.
              starts: session.starts.replace(':', '.'),
            }),
          )
        }
      >
        {t('checkIn.print.session')}
      </Button>
      <Button
        variant="default"
        disabled={round.sessions.length === 0}
        onClick={() =>
          print(signInRoute(round.id), t('checkIn.print.fileAll', { number: round.number }))
        }
      >
        {t('checkIn.print.all')}
      </Button>
    </Group>
  );
});
