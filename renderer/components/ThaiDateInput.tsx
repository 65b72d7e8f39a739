// A date input that shows and accepts Buddhist-era years everywhere: in the field, the calendar
// header, and the month and year lists. Values stay `YYYY-MM-DD` (C.E.).
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  parseThaiDate,
  toBuddhistYear,
  type DateLanguage,
} from '@shared/domain/dates/buddhist-era';

type Props = Omit<DateInputProps, 'valueFormat' | 'dateParser'>;

const yearOf = (iso: string) => toBuddhistYear(Number(iso.slice(0, 4)));

export function ThaiDateInput(props: Props) {
  const { t, i18n } = useTranslation();
  const language: DateLanguage = i18n.language === 'en' ? 'en' : 'th';
  const monthName = (iso: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', {
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <DateInput
      placeholder={t('date.placeholder')}
      {...props}
      valueFormat={(iso) => formatDate(iso, { language, style: 'numeric' })}
      dateParser={(text) => parseThaiDate(text)}
      monthLabelFormat={(iso) => `${monthName(iso)} ${yearOf(iso)}`}
      yearLabelFormat={(iso) => String(yearOf(iso))}
      yearsListFormat={(iso) => String(yearOf(iso))}
      decadeLabelFormat={(start, end) => `${yearOf(start)} – ${yearOf(end)}`}
    />
  );
}
