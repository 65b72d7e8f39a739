// One session of the programme: day, times, title, kind, speaker and whether it must be attended;
// every control is named with its row ("ชื่อหัวข้อ ช่วงที่ 3") for screen readers and tests. What
// is wrong in the row is said on a line of its own beneath it, which its controls point to.
import { ActionIcon, Checkbox, Select, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionKinds } from '@shared/domain/training/round';
import { parseClockTime } from '@shared/domain/training/round-rules';
import { useFormatDate } from '../../../app/use-format-date';
import type { RoundFormValues } from './round-form-model';

type Props = {
  form: UseFormReturnType<RoundFormValues>;
  index: number;
  dayOptions: { value: string; label: string }[];
  onRemove: () => void;
};

const fields = ['on', 'starts', 'ends', 'titleTh', 'kind', 'speaker', 'required'] as const;
type SessionField = (typeof fields)[number];

export function SessionRow({ form, index, dayOptions, onRemove }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const n = index + 1;
  const row = form.getValues().sessions[index]!;
  const path = (field: SessionField) => `sessions.${index}.${field}`;
  const errorsId = `session-errors-${row.id}`;
  const errors = fields.flatMap((f) => {
    const error = form.errors[path(f)];
    return error ? [String(error)] : [];
  });
  const labelKey: Record<SessionField, string> = {
    on: 'on',
    starts: 'starts',
    ends: 'ends',
    titleTh: 'titleTh',
    kind: 'kindLabel',
    speaker: 'speaker',
    required: 'required',
  };

  /** The control's form binding, its row-numbered name, and its error shown as a red edge only. */
  const bind = (field: SessionField, options?: { type: 'checkbox' }) => {
    const props = form.getInputProps(path(field), options);
    const hasError = Boolean(props.error);
    return {
      key: form.key(path(field)),
      props: {
        ...props,
        'aria-label': t('training.sessions.rowLabel', {
          field: t(`training.sessions.${labelKey[field]}`),
          n,
        }),
        error: hasError,
        ...(hasError ? { 'aria-describedby': errorsId } : {}),
      },
    };
  };

  /** A time is tidied as the field is left: `9.30` becomes `09:30`. */
  const bindTime = (field: 'starts' | 'ends') => {
    const { key, props } = bind(field);
    return {
      key,
      props: {
        ...props,
        onBlur: (event: FocusEvent<HTMLInputElement>) => {
          const tidy = parseClockTime(event.currentTarget.value);
          if (tidy) form.setFieldValue(path(field), tidy);
          props.onBlur?.(event);
        },
      },
    };
  };

  // A day the row holds outside the round's dates stays visible, marked, until it is changed.
  const days =
    row.on && !dayOptions.some((d) => d.value === row.on)
      ? [
          ...dayOptions,
          { value: row.on, label: t('training.sessions.outsideDay', { date: formatDate(row.on) }) },
        ]
      : dayOptions;
  const kinds = sessionKinds.map((k) => ({ value: k, label: t(`training.sessions.kind.${k}`) }));
  const [on, kind, titleTh, speaker, required] = [
    bind('on'),
    bind('kind'),
    bind('titleTh'),
    bind('speaker'),
    bind('required', { type: 'checkbox' }),
  ];
  const [starts, ends] = [bindTime('starts'), bindTime('ends')];

  return (
    <>
      <Table.Tr aria-label={t('training.sessions.row', { n })}>
        <Table.Td>{n}</Table.Td>
        <Table.Td>
          <Select
            id={`session-on-${row.id}`}
            data={days}
            allowDeselect={false}
            {...on.props}
            key={on.key}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            placeholder={t('training.sessions.timeHint')}
            inputMode="numeric"
            autoComplete="off"
            {...starts.props}
            key={starts.key}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            placeholder={t('training.sessions.timeHint')}
            inputMode="numeric"
            autoComplete="off"
            {...ends.props}
            key={ends.key}
          />
        </Table.Td>
        <Table.Td>
          <TextInput {...titleTh.props} key={titleTh.key} />
        </Table.Td>
        <Table.Td>
          <Select data={kinds} allowDeselect={false} {...kind.props} key={kind.key} />
        </Table.Td>
        <Table.Td>
          <TextInput {...speaker.props} key={speaker.key} />
        </Table.Td>
        <Table.Td>
          <Checkbox {...required.props} key={required.key} />
        </Table.Td>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('training.sessions.remove', { n })}
            onClick={onRemove}
          >
            ×
          </ActionIcon>
        </Table.Td>
      </Table.Tr>
      {errors.length > 0 && (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={8}>
            <Text id={errorsId} size="sm" c="red">
              {errors.join(' ')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
