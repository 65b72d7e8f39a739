// The fields of a volunteer, in the order a person reads them off a paper form; Tab moves on,
// Ctrl+S (or Enter in a text box) saves.
import {
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  TagsInput,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ageOn, todayIso } from '@shared/domain/dates/buddhist-era';
import { personTitles } from '@shared/domain/people/titles';
import {
  consentMethods,
  consentPurposes,
  genders,
  targetGroups,
  volunteerStatuses,
} from '@shared/domain/volunteers/volunteer';
import { AddressPicker } from '../../../components/AddressPicker';
import { ThaiDateInput } from '../../../components/ThaiDateInput';
import { PhotoPicker } from './PhotoPicker';
import type { VolunteerFormValues } from './volunteer-form-model';

type Props = {
  form: UseFormReturnType<VolunteerFormValues>;
  isNew: boolean;
  statusChanged: boolean;
};

export function VolunteerForm({ form, isNew, statusChanged }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const f = (key: string) => t(`volunteers.form.${key}`);
  const values = form.getValues();
  const age = values.birthDate ? ageOn(values.birthDate, todayIso()) : null;

  return (
    <>
      <Fieldset legend={f('person')}>
        <Group align="flex-start" wrap="nowrap">
          <PhotoPicker
            value={values.photo}
            onChange={(photo) => form.setFieldValue('photo', photo)}
            name={`${values.firstNameTh} ${values.lastNameTh}`}
          />
          <SimpleGrid cols={3} style={{ flex: 1 }}>
            <Select
              label={f('title')}
              withAsterisk
              searchable
              data={personTitles.map((p) => ({ value: p.code, label: english ? p.en : p.th }))}
              key={form.key('titleCode')}
              {...form.getInputProps('titleCode')}
            />
            <TextInput
              label={f('firstNameTh')}
              withAsterisk
              key={form.key('firstNameTh')}
              {...form.getInputProps('firstNameTh')}
            />
            <TextInput
              label={f('lastNameTh')}
              withAsterisk
              key={form.key('lastNameTh')}
              {...form.getInputProps('lastNameTh')}
            />
            <TextInput
              label={f('nationalId')}
              withAsterisk
              inputMode="numeric"
              autoComplete="off"
              key={form.key('nationalId')}
              {...form.getInputProps('nationalId')}
            />
            <TextInput
              label={f('firstNameEn')}
              key={form.key('firstNameEn')}
              {...form.getInputProps('firstNameEn')}
            />
            <TextInput
              label={f('lastNameEn')}
              key={form.key('lastNameEn')}
              {...form.getInputProps('lastNameEn')}
            />
            <ThaiDateInput
              label={f('birthDate')}
              withAsterisk
              description={age !== null ? t('volunteers.form.ageNow', { age }) : undefined}
              key={form.key('birthDate')}
              {...form.getInputProps('birthDate')}
            />
            <Select
              label={f('gender')}
              withAsterisk
              data={genders.map((g) => ({ value: g, label: t(`volunteers.gender.${g}`) }))}
              key={form.key('gender')}
              {...form.getInputProps('gender')}
            />
          </SimpleGrid>
        </Group>
      </Fieldset>

      <Fieldset legend={f('contact')}>
        <SimpleGrid cols={3}>
          <TextInput
            label={f('phones')}
            description={f('phonesHint')}
            inputMode="tel"
            key={form.key('phones')}
            {...form.getInputProps('phones')}
          />
          <TextInput
            label={f('email')}
            type="email"
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <SimpleGrid cols={4} mt="sm">
          <TextInput
            label={f('houseNo')}
            key={form.key('houseNo')}
            {...form.getInputProps('houseNo')}
          />
          <TextInput label={f('moo')} key={form.key('moo')} {...form.getInputProps('moo')} />
          <TextInput
            label={f('village')}
            key={form.key('village')}
            {...form.getInputProps('village')}
          />
          <TextInput
            label={f('street')}
            key={form.key('street')}
            {...form.getInputProps('street')}
          />
        </SimpleGrid>
        <AddressPicker
          required
          value={{
            provinceCode: values.provinceCode,
            districtCode: values.districtCode,
            subdistrictCode: values.subdistrictCode,
            postcode: values.postcode,
          }}
          errors={{
            provinceCode: form.errors.provinceCode as string | undefined,
            districtCode: form.errors.districtCode as string | undefined,
            subdistrictCode: form.errors.subdistrictCode as string | undefined,
            postcode: form.errors.postcode as string | undefined,
          }}
          onChange={(codes) => form.setValues(codes)}
        />
      </Fieldset>

      <Fieldset legend={f('service')}>
        <SimpleGrid cols={3}>
          <ThaiDateInput
            label={f('joinedOn')}
            withAsterisk
            key={form.key('joinedOn')}
            {...form.getInputProps('joinedOn')}
          />
          <Select
            label={f('status')}
            withAsterisk
            data={volunteerStatuses.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))}
            key={form.key('status')}
            {...form.getInputProps('status')}
          />
          <Select
            label={f('tier')}
            data={[
              { value: 'A', label: 'A' },
              { value: 'B', label: 'B' },
              { value: 'C', label: 'C' },
              { value: '-', label: t('volunteers.filter.noTier') },
            ]}
            key={form.key('tier')}
            {...form.getInputProps('tier')}
          />
          {!isNew && statusChanged && (
            <>
              <ThaiDateInput
                label={f('statusOn')}
                key={form.key('statusOn')}
                {...form.getInputProps('statusOn')}
              />
              <TextInput
                label={f('statusReason')}
                key={form.key('statusReason')}
                {...form.getInputProps('statusReason')}
              />
            </>
          )}
          <TextInput
            label={f('tierReason')}
            key={form.key('tierReason')}
            {...form.getInputProps('tierReason')}
          />
        </SimpleGrid>
        <Group grow mt="sm" align="flex-start">
          <TagsInput
            label={f('skills')}
            description={f('skillsHint')}
            key={form.key('skills')}
            {...form.getInputProps('skills')}
          />
          <MultiSelect
            label={f('targetGroups')}
            data={targetGroups.map((g) => ({ value: g, label: t(`volunteers.group.${g}`) }))}
            key={form.key('targetGroups')}
            {...form.getInputProps('targetGroups')}
          />
        </Group>
      </Fieldset>

      <Fieldset legend={f('consent')}>
        <Group align="flex-end">
          <Checkbox
            label={f('consentGiven')}
            key={form.key('consentGiven')}
            {...form.getInputProps('consentGiven', { type: 'checkbox' })}
          />
          <ThaiDateInput
            label={f('consentOn')}
            key={form.key('consentOn')}
            {...form.getInputProps('consentOn')}
          />
          <MultiSelect
            label={f('consentPurposes')}
            w="24rem"
            data={consentPurposes.map((p) => ({
              value: p,
              label: t(`volunteers.consentPurpose.${p}`),
            }))}
            key={form.key('consentPurposes')}
            {...form.getInputProps('consentPurposes')}
          />
          <Select
            label={f('consentMethod')}
            data={consentMethods.map((m) => ({
              value: m,
              label: t(`volunteers.consentMethod.${m}`),
            }))}
            key={form.key('consentMethod')}
            {...form.getInputProps('consentMethod')}
          />
        </Group>
      </Fieldset>
    </>
  );
}
