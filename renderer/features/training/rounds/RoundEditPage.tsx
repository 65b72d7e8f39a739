// Adding or changing a round and its sessions: every problem is named where it is, a failed save
// keeps everything typed, and a round another organisation runs is not editable here.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { checkRound } from '@shared/domain/training/round-rules';
import { messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import type { RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { nextFreeRoundNumber, saveRound } from '../../../db/training/rounds';
import { createWriter } from '../../../db/write';
import { formErrorsOf, refusalOf } from './form-problems';
import { ProblemSummary } from './ProblemSummary';
import {
  emptyRoundValues,
  roundFieldsOf,
  roundValuesOf,
  type RoundFormValues,
} from './round-form-model';
import { RoundForm } from './RoundForm';
import { useCourseOptions, useProvinceOptions } from './use-round-options';

export function RoundEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const installation = useInstallation();
  const [before, setBefore] = useState<RoundRecord | null | undefined>(id ? undefined : null);
  useEffect(() => {
    if (id) void db.rounds.get(id).then((r) => setBefore(r && !r.deletedAt ? r : null));
  }, [id]);
  if (before === undefined) return null;
  if (id && !before) return <Alert color="red">{t('training.round.notFound')}</Alert>;
  if (before && before.owner !== installation.organisation.code) {
    return <Alert color="gray">{t('training.roundForm.readOnly', { owner: before.owner })}</Alert>;
  }
  return <EditRound key={id ?? 'new'} before={before} />;
}

function EditRound({ before }: { before: RoundRecord | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const installation = useInstallation();
  const organisation = installation.organisation.code;
  const language = i18n.language;
  const courses = useCourseOptions();
  const provinces = useProvinceOptions();
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState<string[]>([]);
  const [numberTyped, setNumberTyped] = useState(before !== null);

  // Uncontrolled: typing in one of many session rows does not redraw the whole form.
  const form = useForm<RoundFormValues>({
    mode: 'uncontrolled',
    initialValues: before
      ? roundValuesOf(before)
      : emptyRoundValues(params.get('course'), installation.organisation.provinceCode),
    validate: (values) => {
      const check = checkRound(roundFieldsOf(values));
      return check.ok ? {} : formErrorsOf(check.problems, language);
    },
  });
  const courseId = form.useWatchValue('courseId');

  // A new round is offered the next free number of its course, until the person types one.
  useEffect(() => {
    if (numberTyped || !courseId) return;
    let cancelled = false;
    void nextFreeRoundNumber(db, courseId, organisation).then((n) => {
      if (!cancelled) form.setFieldValue('number', n);
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [courseId, numberTyped, organisation]);

  async function save(values: RoundFormValues) {
    setSummary([]);
    setSaving(true);
    try {
      const writer = createWriter(db, writeContextOf(installation));
      const { round, warnings } = await saveRound(
        db,
        writer,
        organisation,
        roundFieldsOf(values),
        before?.id,
      );
      notifications.show({ color: 'teal', message: t('training.roundForm.saved') });
      for (const w of warnings)
        notifications.show({ color: 'yellow', message: messageIn(w, language) });
      void navigate(`/training/rounds/${round.id}`);
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
  useHotkeys([['mod+S', () => submit()]], []);

  const title = t(before ? 'training.roundForm.editTitle' : 'training.roundForm.addTitle');
  return (
    <form onSubmit={submit} aria-label={title} noValidate>
      <Stack maw="90rem">
        <Title order={2}>{title}</Title>
        <RoundForm
          form={form}
          courses={courses}
          provinces={provinces}
          onNumberTyped={() => setNumberTyped(true)}
        />
        <ProblemSummary messages={summary} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('training.form.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('training.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
