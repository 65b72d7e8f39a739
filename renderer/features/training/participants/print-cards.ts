// Opens the sheet of participant cards through the host's print to PDF, as the registry prints
// its list.
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isUserFacingError, messageIn } from '@shared/errors';
import type { RoundRecord } from '../../../db/app-db';
import { host } from '../../../host';

export function cardsRoute(roundId: string, ids?: readonly string[]): string {
  return `/print/training/${roundId}/cards${ids && ids.length > 0 ? `?ids=${ids.join(',')}` : ''}`;
}

export function printCards(
  round: RoundRecord,
  t: TFunction,
  language: string,
  ids?: readonly string[],
): void {
  host
    .invoke('print:pdf', {
      route: cardsRoute(round.id, ids),
      suggestedName: `${t('participants.cardsFile', { number: round.number })}.pdf`,
    })
    .catch((error: unknown) =>
      notifications.show({
        color: 'red',
        message: isUserFacingError(error) ? messageIn(error.text, language) : String(error),
      }),
    );
}
