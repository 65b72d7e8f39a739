// Completion per participant: number, name, province, sessions attended, share, required sessions
// missed, the verdict (and a person's override with its reason), the certificate, and the actions.
// Rows are plain elements with their text worked out once here, so that a round of 550 draws at once.
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallation } from '../../../app/app-state';
import { useFormatDate } from '../../../app/use-format-date';
import type { CompletionRow } from '../../../db/training/completion';
import { participantName } from '@shared/domain/training/participant';
import type { RoundReport } from '../../../db/training/round-report';
import classes from './CompletionTable.module.css';
import { OverrideDialog } from './OverrideDialog';
import { useClearOverride } from './use-clear-override';

const columns = [
  'number',
  'name',
  'province',
  'attended',
  'percent',
  'missed',
  'verdict',
  'certificate',
] as const;

/** What a row shows, as text. */
type RowText = {
  id: string;
  number: number;
  name: string;
  province: string;
  attended: string;
  percent: number;
  missed: string;
  completed: boolean;
  verdict: string;
  override: string;
  certificate: string;
  overrideLabel: string;
  clearLabel: string | null;
};

export function CompletionTable({ report }: { report: RoundReport }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const installation = useInstallation();
  const clear = useClearOverride();
  const [editing, setEditing] = useState<CompletionRow | null>(null);
  const canEdit = report.round.owner === installation.organisation.code;
  const rows = useMemo(() => rowTexts(report, t, formatDate), [report, t, formatDate]);
  const byId = useMemo(
    () => new Map(report.rows.map((row) => [row.participant.id, row])),
    [report.rows],
  );
  const onOverride = useCallback((id: string) => setEditing(byId.get(id) ?? null), [byId]);
  const onClear = useCallback((id: string) => void clear(id), [clear]);
  return (
    <>
      <div className={classes.scroller}>
        <table className={classes.table} aria-label={t('completion.table.caption')}>
          <colgroup>
            {columns.map((column) => (
              <col key={column} className={classes[`col-${column}`]} />
            ))}
            {canEdit && <col className={classes['col-actions']} />}
          </colgroup>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`completion.table.${column}`)}
                </th>
              ))}
              {canEdit && <th scope="col">{t('completion.table.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ParticipantRow
                key={row.id}
                row={row}
                canEdit={canEdit}
                overrideText={t('completion.override')}
                clearText={t('completion.clear')}
                onOverride={onOverride}
                onClear={onClear}
              />
            ))}
          </tbody>
        </table>
      </div>
      <OverrideDialog row={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function rowTexts(
  report: RoundReport,
  t: ReturnType<typeof useTranslation>['t'],
  formatDate: (iso: string) => string,
): RowText[] {
  const titles = new Map(report.sessions.map((s) => [s.id, s.titleTh]));
  return report.rows.map(({ participant, completion }) => {
    const name = participantName(participant);
    const { override } = completion;
    return {
      id: participant.id,
      number: participant.number,
      name,
      province: participant.provinceCode
        ? (report.provinceNames.get(participant.provinceCode)?.nameTh ?? participant.provinceCode)
        : t('completion.noProvince'),
      attended: `${completion.attended}/${completion.sessions}`,
      percent: completion.percent,
      missed: completion.missedRequired.map((id) => titles.get(id) ?? id).join(', '),
      completed: completion.completed,
      verdict: t(completion.completed ? 'completion.verdict.completed' : 'completion.verdict.not'),
      override: override
        ? t('completion.overridden', { date: formatDate(override.on), reason: override.reason })
        : '',
      certificate: participant.certificate?.number ?? '',
      overrideLabel: t('completion.overrideOf', { name }),
      clearLabel: override ? t('completion.clearOf', { name }) : null,
    };
  });
}

type RowProps = {
  row: RowText;
  canEdit: boolean;
  overrideText: string;
  clearText: string;
  onOverride: (id: string) => void;
  onClear: (id: string) => void;
};

const ParticipantRow = memo(function ParticipantRow(props: RowProps) {
  const { row, canEdit } = props;
  return (
    <tr>
      <td className={classes.number}>{row.number}</td>
      <td>{row.name}</td>
      <td>{row.province}</td>
      <td className={classes.number}>{row.attended}</td>
      <td className={classes.number}>{row.percent}</td>
      <td>{row.missed}</td>
      <td>
        <span className={row.completed ? classes.completed : classes.notCompleted}>
          {row.verdict}
        </span>
        {row.override && <span className={classes.override}>{row.override}</span>}
      </td>
      <td className={classes.nowrap}>{row.certificate}</td>
      {canEdit && (
        <td className={classes.nowrap}>
          <button
            type="button"
            className={classes.action}
            aria-label={row.overrideLabel}
            onClick={() => props.onOverride(row.id)}
          >
            {props.overrideText}
          </button>
          {row.clearLabel && (
            <button
              type="button"
              className={classes.action}
              aria-label={row.clearLabel}
              onClick={() => props.onClear(row.id)}
            >
              {props.clearText}
            </button>
          )}
        </td>
      )}
    </tr>
  );
});
