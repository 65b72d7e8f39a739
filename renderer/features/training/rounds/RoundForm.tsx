// The fields of a round in the order a person fills them in: course, number and dates, who is
// invited and who trains, who signs the certificates, then the programme.
import {
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  TagsInput,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ThaiDateInput } from '../../../components/ThaiDateInput';
import type { RoundFormValues } from './round-form-model';
import { SessionsEditor } from './SessionsEditor';

type Option = { value: string; label: string };

type Props = {
  form: UseFormReturnType<RoundFormValues>;
  courses: readonly Option[];
  provinces: readonly Option[];
  onNumberTyped: () => void;
};

export function RoundForm({ form, courses, provinces, onNumberTyped }: Props) {
  const { t } = useTranslation();
  const r = (key: string) => t(`training.roundForm.${key}`);
  const numberProps = form.getInputProps('number');
  return (
    <>
      <Fieldset legend={r('round')}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            label={r('course')}
            withAsterisk
            searchable
            selectFirstOptionOnChange
            placeholder={courses.length === 0 ? r('noCourse') : t('training.form.choose')}
            data={[...courses]}
            key={form.key('courseId')}
            {...form.getInputProps('courseId')}
          />
          <NumberInput
            label={r('number')}
            description={r('numberHint')}
            withAsterisk
            min={1}
            max={9999}
            allowDecimal={false}
            allowNegative={false}
            key={form.key('number')}
            {...numberProps}
            onChange={(value) => {
              onNumberTyped();
              numberProps.onChange(value);
            }}
          />
          <NumberInput
            label={r('seats')}
            withAsterisk
            min={1}
            max={5000}
            allowDecimal={false}
            allowNegative={false}
            key={form.key('seats')}
            {...form.getInputProps('seats')}
          />
          <ThaiDateInput
            label={r('startsOn')}
            withAsterisk
            key={form.key('startsOn')}
            {...form.getInputProps('startsOn')}
          />
          <ThaiDateInput
            label={r('endsOn')}
            withAsterisk
            key={form.key('endsOn')}
            {...form.getInputProps('endsOn')}
          />
          <TextInput
            label={r('venue')}
            withAsterisk
            key={form.key('venue')}
            {...form.getInputProps('venue')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={r('people')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            label={r('provinces')}
            searchable
            selectFirstOptionOnChange
            hidePickedOptions
            data={[...provinces]}
            key={form.key('provinces')}
            {...form.getInputProps('provinces')}
          />
          <TagsInput
            label={r('trainers')}
            description={r('trainersHint')}
            key={form.key('trainers')}
            {...form.getInputProps('trainers')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={r('signatory')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={r('signatoryName')}
            key={form.key('signatory.name')}
            {...form.getInputProps('signatory.name')}
          />
          <TextInput
            label={r('signatoryTitle')}
            key={form.key('signatory.title')}
            {...form.getInputProps('signatory.title')}
          />
        </SimpleGrid>
      </Fieldset>
      <SessionsEditor form={form} />
    </>
  );
}
