// Pieces every print document shares: the centre's name, the date printed and the page number.
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { useInstallation } from '../app/app-state';
import { useFormatDate } from '../app/use-format-date';

/** The organisation's name in the document's language. */
export function useCentreName(): string {
  const { i18n } = useTranslation();
  const { organisation } = useInstallation();
  return i18n.language === 'en' && organisation.nameEn ? organisation.nameEn : organisation.nameTh;
}

/** "พิมพ์เมื่อ 23 พฤศจิกายน 2569": the day in the Buddhist era, as the app writes dates. */
export function usePrintedOn(): string {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return t('print.printedOn', { date: formatDate(todayIso(), 'long') });
}

type FooterProps = { page: number; pages: number };

export function PrintFooter({ page, pages }: FooterProps) {
  const { t } = useTranslation();
  const centre = useCentreName();
  const printedOn = usePrintedOn();
  return (
    <footer className="print-footer">
      <span>{centre}</span>
      <span>{printedOn}</span>
      <span className="print-page-number">{t('print.pageOf', { page, pages })}</span>
    </footer>
  );
}

export function Preparing() {
  const { t } = useTranslation();
  return <p className="print-doc print-preparing">{t('print.preparing')}</p>;
}
