// The pieces of the printed round's report: its heading, the running heading of later pages, and
// its three tables (per session, per province, per participant), each drawable from any row range.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../app/use-format-date';
import type { CompletionRow } from '../../db/training/completion';
import type { RoundReport } from '../../db/training/round-report';
import { usePrintedOn } from '../PrintParts';
import {
  columnTitle,
  participantCell,
  provinceCell,
  provinceColumns,
  sessionCell,
  sessionColumns,
  type ParticipantColumn,
  type ReportText,
} from './report-rows';

export const reportSections = ['sessions', 'provinces', 'participants'] as const;
export type ReportSection = (typeof reportSections)[number];

const printedParticipantColumns: readonly ParticipantColumn[] = [
  'number',
  'name',
  'province',
  'attended',
  'percent',
  'missed',
  'verdict',
];

const numericColumns = new Set([
  'number',
  'attended',
  'percent',
  'present',
  'late',
  'leftEarly',
  'absent',
  'enrolled',
  'completed',
]);

/** The report's text in the document's language. */
export function useReportText(): ReportText {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const language = i18n.language === 'en' ? 'en' : 'th';
  return useMemo(() => ({ t, language, formatDate }), [t, language, formatDate]);
}

export function ReportHeading({ report }: { report: RoundReport }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const printedOn = usePrintedOn();
  const { round, course, summary, organiser } = report;
  const dates =
    round.startsOn === round.endsOn
      ? formatDate(round.startsOn, 'long')
      : `${formatDate(round.startsOn, 'long')} – ${formatDate(round.endsOn, 'long')}`;
  return (
    <header className="print-heading">
      <p className="print-centre">
        {i18n.language === 'en' && organiser.nameEn ? organiser.nameEn : organiser.nameTh}
      </p>
      <h1 className="print-title">{t('completion.report.title')}</h1>
      <p className="print-centre">
        {t('completion.report.round', { course: course?.titleTh ?? '', number: round.number })}
      </p>
      <p className="print-meta">
        <span>
          {dates} · {round.venue}
        </span>
      </p>
      <p className="print-meta">
        <span>
          {t('completion.summary', {
            enrolled: summary.enrolled.toLocaleString(i18n.language),
            completed: summary.completed.toLocaleString(i18n.language),
            percent: summary.percent,
          })}
        </span>
        <span>{printedOn}</span>
      </p>
    </header>
  );
}

export function RunningHeading({ report }: { report: RoundReport }) {
  const { t } = useTranslation();
  return (
    <header className="print-running-heading">
      <span>{t('completion.report.title')}</span>
      <span>
        {t('completion.report.round', {
          course: report.course?.titleTh ?? '',
          number: report.round.number,
        })}
      </span>
    </header>
  );
}

type TableProps = {
  section: ReportSection;
  /** The cells of the rows drawn here. */
  rows: readonly (readonly string[])[];
  start: number;
  withTitle: boolean;
};

/** Some rows of one section, with its title when the piece opens it. */
export function ReportTable({ section, rows, start, withTitle }: TableProps) {
  const text = useReportText();
  const { t } = text;
  const columns = columnsOf(section);
  return (
    <div className="report-section" data-section={section}>
      {withTitle && (
        <h2 className="print-section-title">{t(`completion.report.sections.${section}`)}</h2>
      )}
      <table className={`print-table report-table report-${section}`}>
        <colgroup>
          {columns.map((column) => (
            <col key={column} className={`report-col-${section}-${column}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {columnTitle(section, column, text)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={start + i}>
              {cells.length === 1 ? (
                <td colSpan={columns.length} className="print-centred">
                  {cells[0]}
                </td>
              ) : (
                cells.map((cell, c) => (
                  <td
                    key={columns[c]}
                    className={numericColumns.has(columns[c]!) ? 'print-number' : undefined}
                  >
                    {cell}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function columnsOf(section: ReportSection): readonly string[] {
  if (section === 'sessions') return sessionColumns;
  if (section === 'provinces') return provinceColumns;
  return printedParticipantColumns;
}

/** Every row's cells per section, at least one row each (an empty table says so in one cell). */
export function reportCells(
  report: RoundReport,
  text: ReportText,
): Record<ReportSection, string[][]> {
  const orEmpty = (rows: string[][]) =>
    rows.length > 0 ? rows : [[text.t('completion.report.empty')]];
  return {
    sessions: orEmpty(
      report.sessionSeries.map((s) => sessionColumns.map((c) => sessionCell(c, s, text))),
    ),
    provinces: orEmpty(
      report.provinces.map((p) => provinceColumns.map((c) => provinceCell(c, p, text))),
    ),
    participants: orEmpty(report.rows.map((row) => participantCells(row, report, text))),
  };
}

/** The verdict of an overridden participant carries the override and its reason below it. */
function participantCells(row: CompletionRow, report: RoundReport, text: ReportText): string[] {
  return printedParticipantColumns.map((column) => {
    const cell = participantCell(column, row, report, text);
    if (column !== 'verdict' || !row.completion.override) return cell;
    return `${cell}\n${participantCell('override', row, report, text)}`;
  });
}
