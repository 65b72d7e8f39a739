// Adds a coordination centre (province and serial make its code, shown as typed) or changes the names
// of the organisation being edited; Enter or Ctrl+S saves, and a refusal keeps everything typed.
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserFacingError } from '@shared/errors';
import type { Province } from '@shared/reference/admin-areas';
import { useInstallation } from '../../../app/app-state';
import type { OrganisationRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { saveOrganisation } from '../../../db/organisations';
import { failureText } from '../use-busy-action';
import {
  codeOf,
  emptyOrganisationValues,
  inputOf,
  suggestedNames,
  validateOrganisation,
  valuesOf,
  type OrganisationFormValues,
} from './organisation-form-model';

type Props = {
  /** The record whose names are changed, or null to add a centre. */
  editing: OrganisationRecord | null;
  provinces: readonly Province[];
  onDone: () => void;
};

/** Where the write layer's `where.field` shows on this form. */
const formFieldOf: Record<string, keyof OrganisationFormValues> = {
  code: 'serial',
  kind: 'serial',
  provinceCode: 'provinceCode',
  nameTh: 'nameTh',
  nameEn: 'nameEn',
};

export function OrganisationForm({ editing, provinces, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const form = useForm<OrganisationFormValues>({
    initialValues: editing ? valuesOf(editing) : emptyOrganisationValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateOrganisation(values, editing)).map(([k, key]) => [k, t(key)]),
      ),
  });
  const values = form.getValues();
  const code = codeOf(values, editing);
  const english = i18n.language === 'en';
  const provinceOf = (provinceCode: string | null) =>
    provinces.find((p) => p.code === provinceCode);

  // The first field takes the focus when editing starts and after each centre added, for the next.
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (editing || added > 0) firstField.current?.focus();
  }, [editing, added]);

  /** A new province or serial offers new names, unless the person has typed names of their own. */
  function placeCentre(provinceCode: string | null, serial: number | string) {
    const before = suggestedNames(provinceOf(values.provinceCode), values.serial);
    const after = suggestedNames(provinceOf(provinceCode), serial);
    form.setFieldValue('provinceCode', provinceCode);
    form.setFieldValue('serial', serial);
    for (const field of ['nameTh', 'nameEn'] as const) {
      if (values[field] === '' || values[field] === before[field])
        form.setFieldValue(field, after[field]);
    }
  }

  async function save(submitted: OrganisationFormValues) {
    setFailure(null);
    setSaving(true);
    try {
      const context = writeContextOf(installation);
      const saved = await saveOrganisation(db, context, inputOf(submitted, editing));
      const key = editing ? 'organisations.form.changed' : 'organisations.form.added';
      notifications.show({ color: 'teal', message: t(key, { code: saved.code }) });
      if (editing) onDone();
      else {
        form.setValues(emptyOrganisationValues);
        setAdded((n) => n + 1);
      }
    } catch (error) {
      const message = failureText(error, i18n.language);
      const field = isUserFacingError(error) ? formFieldOf[error.where.field ?? ''] : undefined;
      if (field) form.setFieldError(field, message);
      setFailure(t('organisations.form.notSaved', { message }));
    } finally {
      setSaving(false);
    }
  }

  const submit = form.onSubmit(save);
  // Ctrl+S saves from anywhere on the page, inside a field or not.
  useHotkeys([['mod+S', () => submit()]], []);
  const title = editing
    ? t('organisations.form.editTitle', { code: editing.code })
    : t('organisations.form.addTitle');

  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={title} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {!editing && (
          <Group grow align="flex-start">
            <Select
              ref={firstField}
              label={t('organisations.form.province')}
              placeholder={t('organisations.form.provincePlaceholder')}
              searchable
              withAsterisk
              data={provinces.map((p) => ({
                value: p.code,
                label: english ? `${p.nameEn} (${p.nameTh})` : p.nameTh,
              }))}
              {...form.getInputProps('provinceCode')}
              onChange={(provinceCode) => placeCentre(provinceCode, values.serial)}
            />
            <NumberInput
              label={t('organisations.form.serial')}
              description={t('organisations.form.serialHint')}
              min={1}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              withAsterisk
              {...form.getInputProps('serial')}
              onChange={(serial) => placeCentre(values.provinceCode, serial)}
            />
          </Group>
        )}
        <Text size="sm" aria-live="polite">
          {t('organisations.form.code')}: <strong>{code ?? '—'}</strong>
        </Text>
        <TextInput
          ref={editing ? firstField : undefined}
          label={t('organisations.form.nameTh')}
          withAsterisk
          {...form.getInputProps('nameTh')}
        />
        <TextInput label={t('organisations.form.nameEn')} {...form.getInputProps('nameEn')} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('organisations.form.save')}
          </Button>
          {editing && (
            <Button variant="default" onClick={onDone}>
              {t('organisations.form.cancel')}
            </Button>
          )}
          <Text size="xs" c="dimmed">
            {t('organisations.form.saveHint')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
