// Adding or editing a volunteer: checks as the person types, says in Thai what is wrong and where,
// warns of a likely duplicate, and keeps everything typed when a save fails.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { checkVolunteer } from '@shared/domain/volunteers/volunteer-rules';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import type { VolunteerRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { findPossibleDuplicates, type PossibleDuplicateRecord } from '../../../db/find-duplicates';
import { writeContextOf } from '../../../db/installation';
import { addVolunteer, changeVolunteer } from '../../../db/save-volunteer';
import { createWriter } from '../../../db/write';
import { fullName } from '@shared/domain/people/full-name';
import {
  emptyFormValues,
  fieldsOf,
  formFieldOf,
  formValuesOf,
  type VolunteerFormValues,
} from './volunteer-form-model';
import { VolunteerForm } from './VolunteerForm';

export function VolunteerEditPage() {
  const { id } = useParams();
  const [before, setBefore] = useState<VolunteerRecord | null | undefined>(id ? undefined : null);
  useEffect(() => {
    if (id) void db.volunteers.get(id).then((v) => setBefore(v ?? null));
  }, [id]);
  if (before === undefined) return null;
  return <EditForm key={id ?? 'new'} before={before} />;
}

function EditForm({ before }: { before: VolunteerRecord | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const installation = useInstallation();
  const today = todayIso();
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<PossibleDuplicateRecord[]>([]);
  const language = i18n.language;

  const form = useForm<VolunteerFormValues>({
    initialValues: before
      ? formValuesOf(before, today)
      : emptyFormValues(installation.organisation.provinceCode ?? '', today),
    validateInputOnBlur: true,
    validate: (values) => {
      const check = checkVolunteer(fieldsOf(values, before, today), today);
      if (check.ok) return {};
      const errors: Record<string, string> = {};
      for (const p of check.problems) errors[formFieldOf(p.field)] ??= messageIn(p, language);
      return errors;
    },
  });
  const values = form.getValues();

  // Warn of a likely duplicate while the person types the id, the names or the birth date.
  useEffect(() => {
    const fields = fieldsOf(values, before, today);
    let cancelled = false;
    void findPossibleDuplicates(db, { ...fields, ...(before ? { id: before.id } : {}) }).then(
      (found) => {
        if (!cancelled) setDuplicates(found.filter((d) => d.candidate.id !== before?.id));
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.nationalId, values.firstNameTh, values.lastNameTh, values.birthDate]);

  async function save(values: VolunteerFormValues) {
    setSummary(null);
    const writer = createWriter(db, writeContextOf(installation));
    const fields = fieldsOf(values, before, today);
    setSaving(true);
    try {
      const saved = before
        ? await changeVolunteer(db, writer, before.id, fields)
        : await addVolunteer(db, writer, fields);
      notifications.show({ color: 'teal', message: t('volunteers.form.saved') });
      navigate(`/volunteers/${saved.id}`);
    } catch (error) {
      // The form keeps every value typed; the problem is shown where it is.
      const message = isUserFacingError(error) ? messageIn(error.text, language) : String(error);
      const field = isUserFacingError(error) ? error.where.field : undefined;
      if (field) form.setFieldError(formFieldOf(field), message);
      setSummary(t('volunteers.form.notSaved', { message }));
    } finally {
      setSaving(false);
    }
  }

  const submit = form.onSubmit(save, (errors) =>
    setSummary(t('volunteers.form.fixBelow', { count: Object.keys(errors).length })),
  );

  // Ctrl+S saves from anywhere on the page, inside a field or not.
  useHotkeys([['mod+S', () => submit()]], []);

  return (
    <form
      onSubmit={submit}

      aria-label={t(before ? 'volunteers.form.editTitle' : 'volunteers.form.addTitle')}
      noValidate
    >
      <Stack gap="md" maw="70rem">
        <Title order={2}>
          {t(before ? 'volunteers.form.editTitle' : 'volunteers.form.addTitle')}
        </Title>
        {summary && (
          <Alert color="red" role="alert">
            {summary}
          </Alert>
        )}
        {duplicates.length > 0 && (
          <Alert color="yellow" title={t('volunteers.form.possibleDuplicate')} role="status">
            <Stack gap={4}>
              {duplicates.map(({ candidate, text }) => (
                <Text key={candidate.id} size="sm">
                  {messageIn(text, language)}
                  {': '}
                  <Anchor component={Link} to={`/volunteers/${candidate.id}`}>
                    {t('volunteers.form.openExisting', {
                      name: fullName(candidate, language === 'en' ? 'en' : 'th'),
                    })}
                  </Anchor>
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <VolunteerForm
          form={form}
          isNew={!before}
          statusChanged={!!before && before.status !== values.status}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('volunteers.form.save')}
          </Button>
          <Button variant="default" onClick={() => navigate(-1)}>
            {t('volunteers.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
