// The record sheet's histories: status, tier and consent, newest first, cut so the sheet stays one page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../app/use-format-date';
import type { VolunteerRecord } from '../db/app-db';

/** Per history; the sheet says how many more there are, and the screen shows them all. */
const LATEST = 6;

type Row = { on: string; change: string; detail: string };

function HistoryTable({
  title,
  rows,
  detailLabel,
  empty,
}: {
  title: string;
  rows: Row[];
  detailLabel: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const shown = rows.slice(-LATEST).reverse();
  let body: ReactNode;
  if (rows.length === 0) body = <p className="print-note">{empty}</p>;
  else
    body = (
      <table className="print-table">
        <colgroup>
          <col style={{ width: '32mm' }} />
          <col style={{ width: '48mm' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('print.record.on')}</th>
            <th scope="col">{t('print.record.change')}</th>
            <th scope="col">{detailLabel}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={`${row.on}-${i}`}>
              <td className="print-nowrap">{formatDate(row.on, 'long')}</td>
              <td>{row.change}</td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <>
      <h2 className="print-section-title">{title}</h2>
      {body}
      {rows.length > LATEST && (
        <p className="print-note">
          {t('print.record.latestOf', { shown: LATEST, total: rows.length })}
        </p>
      )}
    </>
  );
}

export function RecordHistories({ volunteer: v }: { volunteer: VolunteerRecord }) {
  const { t } = useTranslation();
  const none = t('print.record.none');
  return (
    <>
      <HistoryTable
        title={t('print.record.statusHistory')}
        detailLabel={t('print.record.reason')}
        empty={t('print.record.historyNone')}
        rows={v.statusHistory.map((s) => ({
          on: s.on,
          change: t(`volunteers.status.${s.status}`),
          detail: s.reason || none,
        }))}
      />
      <HistoryTable
        title={t('print.record.tierHistory')}
        detailLabel={t('print.record.reason')}
        empty={t('print.record.historyNone')}
        rows={v.tierHistory.map((s) => ({
          on: s.on,
          change: s.tier ?? t('print.record.noTier'),
          detail: s.reason || none,
        }))}
      />
      <HistoryTable
        title={t('print.record.consentHistory')}
        detailLabel={t('print.record.purposes')}
        empty={t('print.record.consentNone')}
        rows={v.consent.map((c) => ({
          on: c.on,
          change: `${t(c.kind === 'given' ? 'print.record.consentGiven' : 'print.record.consentWithdrawn')} (${t(`volunteers.consentMethod.${c.method}`)})`,
          detail:
            [c.purposes.map((p) => t(`volunteers.consentPurpose.${p}`)).join(', '), c.note]
              .filter(Boolean)
              .join(' — ') || none,
        }))}
      />
    </>
  );
}
