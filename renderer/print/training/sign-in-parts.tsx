// The pieces of a sign-in sheet: the session's heading, the running heading of later pages, and the
// table of participants with a box to sign.
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../app/use-format-date';
import type { ParticipantRecord } from '../../db/app-db';
import { participantName } from '@shared/domain/training/participant';
import { useCentreName } from '../PrintParts';
import type { SignInSheets } from './sign-in-data';
import { fitStyle, type CellFit } from './sign-in-fit';

type SessionEntry = SignInSheets['sessions'][number];
type HeadingProps = { sheets: SignInSheets; entry: SessionEntry };

const columns = ['number', 'name', 'organisation', 'signature'] as const;

function useRoundLine(sheets: SignInSheets): string {
  const { t } = useTranslation();
  return t('checkIn.sheet.round', {
    course: sheets.course?.titleTh ?? '',
    number: sheets.round.number,
  });
}

export function SignInHeading({ sheets, entry }: HeadingProps) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const centre = useCentreName();
  const roundLine = useRoundLine(sheets);
  const { session, index } = entry;
  return (
    <header className="print-heading sign-in-heading">
      <h1 className="sign-in-title">{t('checkIn.sheet.title')}</h1>
      <p className="sign-in-course">{roundLine}</p>
      <p className="sign-in-session">
        {t('checkIn.sheet.session', { index, title: session.titleTh })}
      </p>
      <p className="sign-in-meta">
        <span>
          {t('checkIn.sheet.when', {
            date: formatDate(session.on, 'full'),
            starts: session.starts,
            ends: session.ends,
          })}
        </span>
        <span>{t('checkIn.sheet.venue', { venue: sheets.round.venue })}</span>
      </p>
      <p className="sign-in-meta">
        <span>
          {session.speaker ? t('checkIn.sheet.speaker', { speaker: session.speaker }) : ''}
        </span>
        <span>
          {centre} ·{' '}
          {t('checkIn.sheet.count', {
            count: sheets.participants.length.toLocaleString(i18n.language),
          })}
        </span>
      </p>
    </header>
  );
}

export function SignInRunningHeading({ sheets, entry }: HeadingProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { session, index } = entry;
  return (
    <header className="print-running-heading">
      <span>
        {t('checkIn.sheet.running', {
          course: sheets.course?.titleTh ?? '',
          number: sheets.round.number,
          date: formatDate(session.on),
          starts: session.starts,
          ends: session.ends,
        })}
      </span>
      <span>{t('checkIn.sheet.session', { index, title: session.titleTh })}</span>
    </header>
  );
}

type TableProps = {
  participants: readonly ParticipantRecord[];
  /** Null while measuring: every cell is then fitted in place. */
  fits: ReadonlyMap<string, CellFit> | null;
};

export function SignInTable({ participants, fits }: TableProps) {
  const { t } = useTranslation();
  const fitted = (key: string, text: string) => (
    <span className="sign-in-fit" data-fit={key} style={fits ? fitStyle(fits.get(key)) : undefined}>
      {text}
    </span>
  );
  return (
    <>
      <table className="print-table sign-in-table">
        <colgroup>
          {columns.map((column) => (
            <col key={column} className={`sign-in-col-${column}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`checkIn.sheet.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id}>
              <td className="sign-in-number">{participant.number}</td>
              <td>{fitted(`name:${participant.id}`, participantName(participant))}</td>
              <td>{fitted(`organisation:${participant.id}`, participant.organisationName)}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {participants.length === 0 && <p className="print-empty">{t('checkIn.sheet.empty')}</p>}
    </>
  );
}
