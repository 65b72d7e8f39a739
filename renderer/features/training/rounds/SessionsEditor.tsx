// The programme of a round as editable rows: one session a row, added and removed from the
// keyboard; a new row takes the day and end time of the row before it, and receives the focus.
import { Button, Fieldset, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysOfRound } from '@shared/domain/training/round-rules';
import { useFormatDate } from '../../../app/use-format-date';
import { nextSessionRow, type RoundFormValues } from './round-form-model';
import { SessionRow } from './SessionRow';

type Props = { form: UseFormReturnType<RoundFormValues> };

/** The round's days as options, redrawn when the round's dates change. */
function useDayOptions(form: UseFormReturnType<RoundFormValues>) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const startsOn = form.useWatchValue('startsOn');
  const endsOn = form.useWatchValue('endsOn');
  return daysOfRound(startsOn ?? '', endsOn ?? '').map((on, i) => ({
    value: on,
    label: t('training.sessions.day', { n: i + 1, date: formatDate(on) }),
  }));
}

export function SessionsEditor({ form }: Props) {
  const { t } = useTranslation();
  const s = (key: string) => t(`training.sessions.${key}`);
  const values = form.getValues();
  const dayOptions = useDayOptions(form);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusRow) return;
    document.getElementById(`session-on-${focusRow}`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const add = () => {
    const row = nextSessionRow(form.getValues());
    form.insertListItem('sessions', row);
    setFocusRow(row.id);
  };
  const sessionsError = form.errors.sessions;

  return (
    <Fieldset legend={s('legend')}>
      {dayOptions.length === 0 && (
        <Text size="sm" c="dimmed">
          {s('chooseDatesFirst')}
        </Text>
      )}
      {values.sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {s('empty')}
        </Text>
      ) : (
        <Table aria-label={s('legend')} verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="2.5rem">#</Table.Th>
              <Table.Th w="12.5rem">{s('on')}</Table.Th>
              <Table.Th w="5.5rem">{s('starts')}</Table.Th>
              <Table.Th w="5.5rem">{s('ends')}</Table.Th>
              <Table.Th>{s('titleTh')}</Table.Th>
              <Table.Th w="8.5rem">{s('kindLabel')}</Table.Th>
              <Table.Th w="10rem">{s('speaker')}</Table.Th>
              <Table.Th w="4.5rem">{s('required')}</Table.Th>
              <Table.Th w="3rem" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.sessions.map((row, index) => (
              <SessionRow
                key={row.id}
                form={form}
                index={index}
                dayOptions={dayOptions}
                onRemove={() => {
                  // The focus was on the row's remove button, which is gone: it moves to "add".
                  form.removeListItem('sessions', index);
                  addButton.current?.focus();
                }}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {sessionsError && (
        <Text size="sm" c="red" role="alert">
          {String(sessionsError)}
        </Text>
      )}
      <Button ref={addButton} variant="light" mt="sm" onClick={add}>
        {s('add')}
      </Button>
    </Fieldset>
  );
}
