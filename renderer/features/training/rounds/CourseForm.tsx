// The fields of a course: titles, purpose, the indicators it trains, and its completion rule.
import {
  Checkbox,
  Fieldset,
  MultiSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CourseFormValues } from './course-form-model';
import { useIndicatorOptions } from './use-indicator-options';

type Props = { form: UseFormReturnType<CourseFormValues>; readOnly: boolean };

export function CourseForm({ form, readOnly }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`training.course.${key}`);
  const indicatorOptions = useIndicatorOptions();
  return (
    <Fieldset disabled={readOnly} variant="unstyled" p={0}>
      <Stack>
        <TextInput
          label={c('titleTh')}
          withAsterisk
          key={form.key('titleTh')}
          {...form.getInputProps('titleTh')}
        />
        <TextInput
          label={c('titleEn')}
          key={form.key('titleEn')}
          {...form.getInputProps('titleEn')}
        />
        <Textarea
          label={c('purpose')}
          autosize
          minRows={2}
          key={form.key('purpose')}
          {...form.getInputProps('purpose')}
        />
        <MultiSelect
          label={c('indicators')}
          description={c('indicatorsHint')}
          data={indicatorOptions}
          searchable
          selectFirstOptionOnChange
          hidePickedOptions
          key={form.key('indicators')}
          {...form.getInputProps('indicators')}
        />
        <Fieldset legend={c('completion')}>
          <Stack>
            <NumberInput
              label={c('minPercent')}
              min={0}
              max={100}
              allowDecimal={false}
              w="16rem"
              key={form.key('completion.minPercent')}
              {...form.getInputProps('completion.minPercent')}
            />
            <Checkbox
              label={c('requireMarkedSessions')}
              key={form.key('completion.requireMarkedSessions')}
              {...form.getInputProps('completion.requireMarkedSessions', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
      </Stack>
    </Fieldset>
  );
}
