// The cells of the round's report as text, one function per table, shared by the printed report and
// the spreadsheet so that both say the same: per participant, per session, per province.
import type { TFunction } from 'i18next';
import type { ProvinceCompletion, SessionAttendance } from '@shared/domain/reports/training-report';
import type { CompletionRow } from '../../db/training/completion';
import { participantName } from '@shared/domain/training/participant';
import type { RoundReport } from '../../db/training/round-report';

export type ReportText = {
  t: TFunction;
  language: 'th' | 'en';
  formatDate: (isoDate: string) => string;
};

export const participantColumns = [
  'number',
  'name',
  'organisation',
  'province',
  'attended',
  'percent',
  'missed',
  'verdict',
  'override',
  'certificate',
] as const;
export type ParticipantColumn = (typeof participantColumns)[number];

export const sessionColumns = [
  'date',
  'time',
  'topic',
  'present',
  'late',
  'leftEarly',
  'absent',
] as const;
export type SessionColumn = (typeof sessionColumns)[number];

export const provinceColumns = ['province', 'enrolled', 'completed', 'percent'] as const;
export type ProvinceColumn = (typeof provinceColumns)[number];

export function columnTitle(
  table: 'participants' | 'sessions' | 'provinces',
  column: string,
  text: ReportText,
): string {
  return text.t(`completion.report.columns.${table}.${column}`);
}

function verdictOf(row: CompletionRow, text: ReportText): string {
  return text.t(
    row.completion.completed ? 'completion.verdict.completed' : 'completion.verdict.not',
  );
}

function overrideOf(row: CompletionRow, text: ReportText): string {
  const override = row.completion.override;
  if (!override) return '';
  return text.t('completion.overridden', {
    date: text.formatDate(override.on),
    reason: override.reason,
  });
}

export function participantCell(
  column: ParticipantColumn,
  row: CompletionRow,
  report: RoundReport,
  text: ReportText,
): string {
  const { participant, completion } = row;
  switch (column) {
    case 'number':
      return String(participant.number);
    case 'name':
      return participantName(participant);
    case 'organisation':
      return participant.organisationName;
    case 'province':
      return provinceName(participant.provinceCode, report, text);
    case 'attended':
      return `${completion.attended}/${completion.sessions}`;
    case 'percent':
      return String(completion.percent);
    case 'missed': {
      const titles = new Map(report.sessions.map((s) => [s.id, s.titleTh]));
      return completion.missedRequired.map((id) => titles.get(id) ?? id).join(', ');
    }
    case 'verdict':
      return verdictOf(row, text);
    case 'override':
      return overrideOf(row, text);
    case 'certificate':
      return participant.certificate?.number ?? '';
  }
}

export function sessionCell(
  column: SessionColumn,
  session: SessionAttendance,
  text: ReportText,
): string {
  switch (column) {
    case 'date':
      return text.formatDate(session.on);
    case 'time':
      return session.starts;
    case 'topic':
      return session.titleTh;
    default:
      return String(session[column]);
  }
}

export function provinceCell(
  column: ProvinceColumn,
  row: ProvinceCompletion,
  text: ReportText,
): string {
  switch (column) {
    case 'province':
      if (row.provinceCode === '') return text.t('completion.noProvince');
      return text.language === 'en' && row.nameEn ? row.nameEn : row.nameTh;
    default:
      return String(row[column]);
  }
}

function provinceName(code: string, report: RoundReport, text: ReportText): string {
  if (code === '') return text.t('completion.noProvince');
  const names = report.provinceNames.get(code);
  if (!names) return code;
  return text.language === 'en' && names.nameEn ? names.nameEn : names.nameTh;
}
