// What stops a save, listed above the form: every message says what is wrong and where.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProblemSummary({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('training.form.notSaved')}>
      <List size="sm">
        {messages.map((message, i) => (
          <List.Item key={i}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
