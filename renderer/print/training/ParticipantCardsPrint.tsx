// Participant cards with QR codes, eight to an A4 page (2 × 4), for print to PDF: each card has the
// course, the round and its dates, the participant's number, name (shrunk to fit, never cut),
// organisation, and the QR code the check-in desk reads.
import '../../styles/print.css';
import './participant-cards.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useFormatDate } from '../../app/use-format-date';
import { db } from '../../db/db';
import { participantName } from '@shared/domain/training/participant';
import { Preparing, PrintFooter } from '../PrintParts';
import { loadPrintFonts, usePrintReady } from '../use-print-ready';
import { fitTexts } from './participant-card-fit';
import {
  cardPages,
  loadCardSheet,
  type CardParticipant,
  type CardSheet,
} from './participant-card-data';

export function ParticipantCardsPrint() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const ids = useMemo(() => params.get('ids')?.split(',').filter(Boolean), [params]);
  const [sheet, setSheet] = useState<CardSheet | null | undefined>(undefined);
  const [isFitted, setFitted] = useState(false);
  const sheetRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let isCurrent = true;
    setSheet(undefined);
    setFitted(false);
    void (async () => {
      // Text is fitted by measuring it, so Sarabun must be in place before the first card is drawn.
      const [loaded] = await Promise.all([loadCardSheet(db, id, ids), loadPrintFonts()]);
      if (isCurrent) setSheet(loaded);
    })();
    return () => {
      isCurrent = false;
    };
  }, [id, ids]);

  useLayoutEffect(() => {
    const root = sheetRef.current;
    if (!sheet || isFitted || !root) return;
    const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
    fitTexts(all('.card-name'), { maxPt: 18, minPt: 8, wrapBelowPt: 12 });
    fitTexts(all('.card-course'), { maxPt: 8.5, minPt: 5.5 });
    fitTexts(all('.card-organisation'), { maxPt: 8.5, minPt: 5.5 });
    setFitted(true);
  }, [sheet, isFitted]);

  usePrintReady(sheet === null || isFitted);

  if (sheet === undefined) return <Preparing />;
  if (sheet === null)
    return <p className="print-doc print-empty">{t('participants.cards.notFound')}</p>;
  const pages = cardPages(sheet.cards);
  return (
    <div className="print-doc" ref={sheetRef}>
      {pages.map((cards, i) => (
        <section className="print-page" key={i}>
          {cards.length === 0 ? (
            <p className="card-empty">{t('participants.cards.none')}</p>
          ) : (
            <div className="card-sheet">
              {cards.map((card) => (
                <ParticipantCard key={card.participant.id} card={card} sheet={sheet} />
              ))}
            </div>
          )}
          <PrintFooter page={i + 1} pages={pages.length} />
        </section>
      ))}
    </div>
  );
}

function ParticipantCard({ card, sheet }: { card: CardParticipant; sheet: CardSheet }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { round, course } = sheet;
  const { participant, qrUrl } = card;
  const dates =
    round.startsOn === round.endsOn
      ? formatDate(round.startsOn)
      : `${formatDate(round.startsOn)} – ${formatDate(round.endsOn)}`;
  return (
    <article className="card" aria-label={participantName(participant)}>
      <p className="card-course">{course?.titleTh ?? ''}</p>
      <p className="card-round">
        {t('participants.cards.round', { number: round.number })} · {dates}
      </p>
      <div className="card-middle">
        <div>
          <p className="card-number-label">{t('participants.cards.number')}</p>
          <p className="card-number">{participant.number}</p>
        </div>
        <img
          className="card-qr"
          src={qrUrl}
          alt={t('participants.cards.qr', { number: participant.number })}
        />
      </div>
      <p className="card-name">{participantName(participant)}</p>
      <p className="card-organisation">{participant.organisationName}</p>
    </article>
  );
}
