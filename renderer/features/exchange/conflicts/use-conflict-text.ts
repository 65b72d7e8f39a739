// How each field of a conflicting record reads: a volunteer's fields with the registry's labels and
// as the duplicates screen shows them; the deletion and other tables' fields plainly.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { volunteerFieldsSchema, type VolunteerFields } from '@shared/domain/volunteers/volunteer';
import { useFormatDateTime } from '../../../app/use-format-date';
import { useFieldText, type ComparedField } from '../../volunteers/duplicates/use-field-text';

export type ConflictText = {
  label: (field: string) => string;
  text: (field: string, record: Record<string, unknown>) => string;
};

const volunteerFields = new Set(Object.keys(volunteerFieldsSchema.shape));

export function useConflictText(table: string): ConflictText {
  const { t, i18n } = useTranslation();
  const volunteerText = useFieldText();
  const formatDateTime = useFormatDateTime();
  const isVolunteer = table === 'volunteers';

  const label = useCallback(
    (field: string) => {
      if (isVolunteer && i18n.exists(`duplicates.fields.${field}`)) {
        return t(`duplicates.fields.${field}`);
      }
      return i18n.exists(`conflicts.fields.${field}`) ? t(`conflicts.fields.${field}`) : field;
    },
    [t, i18n, isVolunteer],
  );

  const text = useCallback(
    (field: string, record: Record<string, unknown>) => {
      const value = record[field];
      if (field === 'deletedAt') {
        return typeof value === 'string'
          ? t('conflicts.deletedOn', { at: formatDateTime(value) })
          : t('conflicts.inUse');
      }
      if (isVolunteer && volunteerFields.has(field) && field !== 'mergedInto') {
        return volunteerText(field as ComparedField, record as VolunteerFields);
      }
      if (value === null || value === undefined || value === '') return t('duplicates.empty');
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
    [t, formatDateTime, volunteerText, isVolunteer],
  );

  return { label, text };
}
