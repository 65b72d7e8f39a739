// How each field of a volunteer reads in the comparison: titles, statuses and dates in words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { titleByCode } from '@shared/domain/people/titles';
import { formatThaiId } from '@shared/domain/people/thai-id';
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { useFormatDate } from '../../../app/use-format-date';

export type ComparedField = Exclude<keyof VolunteerFields, 'mergedInto'>;

export function useFieldText(): (field: ComparedField, v: VolunteerFields) => string {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const isEnglish = i18n.language === 'en';
  return useCallback(
    (field, v) => {
      const empty = t('duplicates.empty');
      const orEmpty = (text: string) => (text.trim() === '' ? empty : text);
      switch (field) {
        case 'titleCode': {
          const title = titleByCode(v.titleCode);
          return title ? (isEnglish ? title.en : title.th) : v.titleCode;
        }
        case 'nationalId':
          return formatThaiId(v.nationalId);
        case 'birthDate':
        case 'joinedOn':
          return formatDate(v[field]);
        case 'gender':
          return t(`volunteers.gender.${v.gender}`);
        case 'status':
          return t(`volunteers.status.${v.status}`);
        case 'tier':
          return v.tier ?? t('duplicates.noTier');
        case 'photo':
          return v.photo ? t('duplicates.hasPhoto') : t('duplicates.noPhoto');
        case 'address':
          return t('duplicates.address', {
            houseNo: v.address.houseNo || empty,
            moo: v.address.moo || empty,
            village: v.address.village,
            street: v.address.street,
            subdistrict: v.address.subdistrictCode,
            postcode: v.address.postcode,
          }).replace(/\s+/g, ' ');
        case 'phones':
        case 'skills':
          return orEmpty(v[field].join(', '));
        case 'targetGroups':
          return orEmpty(v.targetGroups.map((g) => t(`volunteers.group.${g}`)).join(', '));
        case 'statusHistory':
          return orEmpty(
            v.statusHistory
              .map((s) => `${t(`volunteers.status.${s.status}`)} ${formatDate(s.on)}`)
              .join(', '),
          );
        case 'tierHistory':
          return orEmpty(
            v.tierHistory
              .map((s) => `${s.tier ?? t('duplicates.noTier')} ${formatDate(s.on)}`)
              .join(', '),
          );
        case 'consent':
          return v.consent.length ? t('duplicates.entries', { count: v.consent.length }) : empty;
        default:
          return orEmpty(String(v[field]));
      }
    },
    [t, formatDate, isEnglish],
  );
}
