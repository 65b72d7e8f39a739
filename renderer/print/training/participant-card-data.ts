// What the card sheet reads: the round and its course, the enrolled participants (all, or the
// ids asked for) by number, and each one's QR code as an SVG image.
import QRCode from 'qrcode';
import { cardText } from '@shared/domain/training/check-in-input';
import type { AppDB, CourseRecord, ParticipantRecord, RoundRecord } from '../../db/app-db';
import { participantsForCards } from '../../db/training/participants';
import { roundWithCourse } from '../../db/training/round-queries';

export type CardParticipant = { participant: ParticipantRecord; qrUrl: string };

export type CardSheet = {
  round: RoundRecord;
  course: CourseRecord | null;
  cards: CardParticipant[];
};

export const CARDS_PER_PAGE = 8;

/** The card's QR code: the participant's card text (check-in-input.ts), as an SVG data URL. */
export async function qrImageOf(participantId: string): Promise<string> {
  const svg = await QRCode.toString(cardText(participantId), {
    type: 'svg',
    margin: 0,
    errorCorrectionLevel: 'M',
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The sheet's data; null when the round is unknown or deleted. */
export async function loadCardSheet(
  db: AppDB,
  roundId: string,
  ids?: readonly string[],
): Promise<CardSheet | null> {
  const loaded = await roundWithCourse(db, roundId);
  if (!loaded) return null;
  const participants = await participantsForCards(db, roundId, ids);
  const cards = await Promise.all(
    participants.map(async (participant) => ({
      participant,
      qrUrl: await qrImageOf(participant.id),
    })),
  );
  return { ...loaded, cards };
}

/** The cards in pages of eight; at least one page, so an empty sheet still says why. */
export function cardPages<T>(cards: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_PAGE) {
    pages.push(cards.slice(i, i + CARDS_PER_PAGE));
  }
  return pages.length > 0 ? pages : [[]];
}
