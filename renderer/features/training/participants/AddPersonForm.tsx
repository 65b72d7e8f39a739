// Adds an officer, a provincial chair or an outside person by name; Enter adds, the form checks
// the national id's check digit as one leaves the field, and a refusal keeps everything typed.
import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personTitles } from '@shared/domain/people/titles';
import { isUserFacingError } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import type { RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { enrolPerson } from '../../../db/training/enrol';
import { participantName } from '@shared/domain/training/participant';
import {
  emptyPerson,
  nextPerson,
  personFieldOf,
  personProblems,
  personRoles,
  type PersonFormValues,
} from './person-form-model';
import { useAreaOptions } from './use-area-options';
import { failureText, useParticipantWriter } from './use-participant-writer';

export function AddPersonForm({ round }: { round: RoundRecord }) {
  const { t, i18n } = useTranslation();
  const writer = useParticipantWriter();
  const installation = useInstallation();
  const english = i18n.language === 'en';
  const { provinces } = useAreaOptions('');
  const firstName = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The first name takes the focus after each person added, ready for the next.
  const [addedCount, setAddedCount] = useState(0);
  useEffect(() => {
    if (addedCount > 0) firstName.current?.focus();
  }, [addedCount]);
  const form = useForm<PersonFormValues>({
    initialValues: emptyPerson(installation.organisation.provinceCode ?? ''),
    validateInputOnBlur: ['nationalId', 'firstNameTh'],
    validate: (values) =>
      personProblems(values, i18n.language, t('participants.person.firstNameMissing')),
  });

  async function save(values: PersonFormValues) {
    setFailure(null);
    setAdded(null);
    setSaving(true);
    try {
      const person = await enrolPerson(db, writer, round.id, values);
      const key = person.status === 'waiting' ? 'addedWaiting' : 'added';
      setAdded(
        t(`participants.person.${key}`, { name: participantName(person), number: person.number }),
      );
      form.setValues(nextPerson(values));
      form.resetDirty();
      setAddedCount((n) => n + 1);
    } catch (error) {
      const message = failureText(error, i18n.language);
      const field = isUserFacingError(error) ? personFieldOf(error.where.field) : null;
      if (field) form.setFieldError(field, message);
      setFailure(t('participants.person.notSaved', { message }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => void save(values))}
      aria-label={t('participants.person.legend')}
      noValidate
    >
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('participants.person.role')}
            allowDeselect={false}
            data={personRoles.map((r) => ({ value: r, label: t(`participants.role.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <Select
            label={t('participants.person.title')}
            searchable
            clearable
            data={personTitles.map((p) => ({ value: p.code, label: english ? p.en : p.th }))}
            {...form.getInputProps('titleCode')}
            value={form.getValues().titleCode || null}
            onChange={(v) => form.setFieldValue('titleCode', v ?? '')}
          />
          <TextInput
            ref={firstName}
            label={t('participants.person.firstName')}
            withAsterisk
            {...form.getInputProps('firstNameTh')}
          />
          <TextInput
            label={t('participants.person.lastName')}
            {...form.getInputProps('lastNameTh')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('participants.person.organisation')}
            {...form.getInputProps('organisationName')}
          />
          <Select
            label={t('participants.person.province')}
            searchable
            clearable
            data={provinces}
            {...form.getInputProps('provinceCode')}
            value={form.getValues().provinceCode || null}
            onChange={(v) => form.setFieldValue('provinceCode', v ?? '')}
          />
          <TextInput
            label={t('participants.person.nationalId')}
            description={t('participants.person.nationalIdHint')}
            inputMode="numeric"
            {...form.getInputProps('nationalId')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={saving}>
            {t('participants.person.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('participants.person.saveHint')}
          </Text>
        </Group>
        {added && (
          <Alert color="teal" role="status">
            {added}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
