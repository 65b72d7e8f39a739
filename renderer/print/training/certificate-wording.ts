// The words of a certificate, always in Thai with Buddhist-era dates: the round's dates as one range
// (21–23 มีนาคม 2569), the template's wording filled in, the day of issue.
import { formatDate } from '@shared/domain/dates/buddhist-era';
import { arabicDigitsToThai } from '@shared/domain/text/thai-digits';
import { fillWording, type CertificateTemplate } from '../../db/training/certificate-template';

type DateParts = { day: string; month: string; year: string };

function partsOf(isoDate: string, thaiDigits: boolean): DateParts | null {
  const match = /^(\S+) (\S+) (\S+)$/.exec(
    formatDate(isoDate, { language: 'th', style: 'long', thaiDigits }),
  );
  return match ? { day: match[1]!, month: match[2]!, year: match[3]! } : null;
}

/** One range, naming the month and year once when they are shared: 21–23 มีนาคม 2569. */
export function thaiDateRange(from: string, to: string, thaiDigits = false): string {
  // A date is never broken across lines: "7–8" on one line and "ธันวาคม 2569" on the next reads badly.
  return rangeText(from, to, thaiDigits).replace(/ /g, '\u00a0');
}

function rangeText(from: string, to: string, thaiDigits: boolean): string {
  const long = (iso: string) => formatDate(iso, { language: 'th', style: 'long', thaiDigits });
  if (from === to) return long(from);
  const start = partsOf(from, thaiDigits);
  const end = partsOf(to, thaiDigits);
  if (!start || !end) return `${long(from)} – ${long(to)}`;
  if (start.year !== end.year) return `${long(from)} – ${long(to)}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${long(to)}`;
  return `${start.day}–${long(to)}`;
}

export type WordingFacts = {
  course: string;
  round: number;
  from: string;
  to: string;
  venue: string;
};

/** The template's wording with the round's facts in place of its placeholders. */
export function certificateWording(
  template: Pick<CertificateTemplate, 'wording'>,
  facts: WordingFacts,
  thaiDigits = false,
): string {
  const round = String(facts.round);
  return fillWording(template.wording, {
    course: facts.course,
    round: thaiDigits ? arabicDigitsToThai(round) : round,
    dates: thaiDateRange(facts.from, facts.to, thaiDigits),
    venue: facts.venue,
  });
}

/** "ให้ไว้ ณ วันที่ 22 มีนาคม พ.ศ. 2569". */
export function issuedOnText(isoDate: string, thaiDigits = false): string {
  const parts = partsOf(isoDate, thaiDigits);
  const date = parts
    ? `${parts.day} ${parts.month} พ.ศ. ${parts.year}`
    : formatDate(isoDate, { language: 'th', style: 'long', thaiDigits });
  return `ให้ไว้ ณ วันที่ ${date}`;
}
