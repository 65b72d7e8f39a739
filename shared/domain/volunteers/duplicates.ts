// The rules for two volunteer records that are likely one person: the same national id (a copy
// received from another centre), or the same birth date with the same or nearly the same name.
import type { VolunteerFields } from './volunteer';

export const duplicateReasons = [
  'same-national-id',
  'same-name-birth',
  'similar-name-birth',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** What the rules compare; `id` tells a record apart from itself. */
export type DuplicateCandidate = Pick<
  VolunteerFields,
  'firstNameTh' | 'lastNameTh' | 'firstNameEn' | 'lastNameEn' | 'nationalId' | 'birthDate'
> & { id: string };

export type DuplicatePair = {
  leftId: string;
  rightId: string;
  reason: DuplicateReason;
  text: { th: string; en: string };
};

export type PossibleDuplicate<C extends DuplicateCandidate> = {
  candidate: C;
  reason: DuplicateReason;
  text: { th: string; en: string };
};

const reasonTexts: Record<DuplicateReason, { th: string; en: string }> = {
  'same-national-id': {
    th: 'เลขประจำตัวประชาชนเดียวกัน',
    en: 'Same national id',
  },
  'same-name-birth': {
    th: 'ชื่อ นามสกุล และวันเกิดเดียวกัน',
    en: 'Same name and birth date',
  },
  'similar-name-birth': {
    th: 'วันเกิดเดียวกัน ชื่อ–นามสกุลต่างกันเพียงหนึ่งตัวอักษร',
    en: 'Same birth date, names one letter apart',
  },
};

export function reasonText(reason: DuplicateReason): { th: string; en: string } {
  return reasonTexts[reason];
}

/**
 * A name as compared: NFC, lower case (for English), without spaces or zero-width characters, so
 * that `สม ศรี`, `สมศรี` and `สมศรี\u200b` are one name.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

function nameKey(first: string, last: string): string {
  const f = normaliseName(first);
  const l = normaliseName(last);
  return f === '' && l === '' ? '' : `${f} ${l}`;
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  // What remains between the common start and the common end is at most one character each side.
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

/** Why two records are likely one person, the strongest reason first; null when they are not. */
export function duplicateReason(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
): DuplicateReason | null {
  if (a.id === b.id) return null;
  if (a.nationalId !== '' && a.nationalId === b.nationalId) return 'same-national-id';
  if (a.birthDate === '' || a.birthDate !== b.birthDate) return null;
  const thA = nameKey(a.firstNameTh, a.lastNameTh);
  const thB = nameKey(b.firstNameTh, b.lastNameTh);
  const enA = nameKey(a.firstNameEn, a.lastNameEn);
  const enB = nameKey(b.firstNameEn, b.lastNameEn);
  if ((thA !== '' && thA === thB) || (enA !== '' && enA === enB)) return 'same-name-birth';
  if (
    (thA !== '' && thB !== '' && isWithinOneEdit(thA, thB)) ||
    (enA !== '' && enB !== '' && isWithinOneEdit(enA, enB))
  )
    return 'similar-name-birth';
  return null;
}

export function pairOf(a: DuplicateCandidate, b: DuplicateCandidate): DuplicatePair | null {
  const reason = duplicateReason(a, b);
  return reason ? { leftId: a.id, rightId: b.id, reason, text: reasonText(reason) } : null;
}

/**
 * Every likely pair within a group that shares a birth date or a national id: the group is small,
 * so each is compared with each.
 */
export function pairsWithin(group: readonly DuplicateCandidate[]): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < group.length; i++) {
    for (let k = i + 1; k < group.length; k++) {
      const pair = pairOf(group[i]!, group[k]!);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

/** The key of a pair whatever its order, to report each pair once. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The candidates that may be the person being typed into the add form, strongest reason first.
 * `fields` may be incomplete; `id` is set when an existing record is being edited.
 */
export function possibleDuplicatesOf<C extends DuplicateCandidate>(
  fields: Partial<Omit<DuplicateCandidate, 'id'>> & { id?: string },
  candidates: readonly C[],
): PossibleDuplicate<C>[] {
  const typed: DuplicateCandidate = {
    id: fields.id ?? '',
    firstNameTh: fields.firstNameTh ?? '',
    lastNameTh: fields.lastNameTh ?? '',
    firstNameEn: fields.firstNameEn ?? '',
    lastNameEn: fields.lastNameEn ?? '',
    nationalId: fields.nationalId ?? '',
    birthDate: fields.birthDate ?? '',
  };
  const found: PossibleDuplicate<C>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === typed.id) continue;
    const reason = duplicateReason(typed, candidate);
    if (reason) found.push({ candidate, reason, text: reasonText(reason) });
  }
  return found.sort(
    (x, y) => duplicateReasons.indexOf(x.reason) - duplicateReasons.indexOf(y.reason),
  );
}
