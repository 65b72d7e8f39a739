// Adding or changing a course; a course another organisation owns is shown read-only.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { checkCourse } from '@shared/domain/training/course-rules';
import { useInstallation } from '../../../app/app-state';
import type { CourseRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { courseById, saveCourse } from '../../../db/training/courses';
import { createWriter } from '../../../db/write';
import { CourseForm } from './CourseForm';
import {
  courseFieldsOf,
  courseValuesOf,
  emptyCourseValues,
  type CourseFormValues,
} from './course-form-model';
import { formErrorsOf, refusalOf } from './form-problems';
import { ProblemSummary } from './ProblemSummary';

export function CourseEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const [before, setBefore] = useState<CourseRecord | null | undefined>(id ? undefined : null);
  useEffect(() => {
    if (id) void courseById(db, id).then((c) => setBefore(c && !c.deletedAt ? c : null));
  }, [id]);
  if (before === undefined) return null;
  if (id && !before) return <Alert color="red">{t('training.course.notFound')}</Alert>;
  return <EditCourse key={id ?? 'new'} before={before} />;
}

function EditCourse({ before }: { before: CourseRecord | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const installation = useInstallation();
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState<string[]>([]);
  const language = i18n.language;
  const readOnly = before !== null && before.owner !== installation.organisation.code;

  const form = useForm<CourseFormValues>({
    initialValues: before ? courseValuesOf(before) : emptyCourseValues(),
    validateInputOnBlur: true,
    validate: (values) => {
      const check = checkCourse(courseFieldsOf(values));
      return check.ok ? {} : formErrorsOf(check.problems, language);
    },
  });

  async function save(values: CourseFormValues) {
    setSummary([]);
    setSaving(true);
    try {
      const writer = createWriter(db, writeContextOf(installation));
      await saveCourse(writer, courseFieldsOf(values), before?.id);
      notifications.show({ color: 'teal', message: t('training.course.saved') });
      void navigate('/training');
    } catch (error) {
      // Everything typed stays in the form; the refusal is shown where it belongs.
      const refusal = refusalOf(error, language);
      if (refusal.field) form.setFieldError(refusal.field, refusal.message);
      setSummary([refusal.message]);
    } finally {
      setSaving(false);
    }
  }

  const submit = form.onSubmit(save, (errors) => setSummary(Object.values(errors).map(String)));
  useHotkeys([['mod+S', () => !readOnly && submit()]], []);

  const title = t(
    readOnly
      ? 'training.course.viewTitle'
      : before
        ? 'training.course.editTitle'
        : 'training.course.addTitle',
  );
  return (
    <form onSubmit={submit} aria-label={title} noValidate>
      <Stack maw="50rem">
        <Title order={2}>{title}</Title>
        {readOnly && (
          <Alert color="gray">{t('training.course.readOnly', { owner: before.owner })}</Alert>
        )}
        <ProblemSummary messages={summary} />
        <CourseForm form={form} readOnly={readOnly} />
        <Group>
          {!readOnly && (
            <Button type="submit" loading={saving}>
              {t('training.form.save')}
            </Button>
          )}
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('training.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
