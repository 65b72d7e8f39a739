// What an enrolment did: how many were seated, put on the waiting list, and skipped as already in
// the round, with their names.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolResult } from '../../../db/training/enrol';

export function EnrolOutcome({ result }: { result: EnrolResult }) {
  const { t, i18n } = useTranslation();
  const count = (n: number) => n.toLocaleString(i18n.language);
  const { enrolled, waiting, alreadyIn } = result;
  const nobody = enrolled.length + waiting.length === 0;
  return (
    <Alert
      color={nobody ? 'yellow' : 'teal'}
      role="status"
      aria-label={t('participants.outcome.label')}
    >
      <List size="sm" spacing={2}>
        {enrolled.length > 0 && (
          <List.Item>
            {t('participants.outcome.enrolled', { count: count(enrolled.length) })}
          </List.Item>
        )}
        {waiting.length > 0 && (
          <List.Item>
            {t('participants.outcome.waiting', { count: count(waiting.length) })}
          </List.Item>
        )}
        {alreadyIn.length > 0 && (
          <List.Item>
            {t('participants.outcome.alreadyIn', {
              count: count(alreadyIn.length),
              names: alreadyIn.map((p) => `${p.name} (${p.number})`).join(', '),
            })}
          </List.Item>
        )}
        {nobody && alreadyIn.length === 0 && (
          <List.Item>{t('participants.outcome.nothing')}</List.Item>
        )}
      </List>
    </Alert>
  );
}
