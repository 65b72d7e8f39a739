// First run: which organisation this computer belongs to, its number, and optional demo data.
import {
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  NumberInput,
  Progress,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { compareThai } from '@shared/domain/text/thai-collation';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useAppState } from '../../app/app-state';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { db } from '../../db/db';
import { ensureOwnEntry } from '../../db/exchange/keyring-admin';
import { saveInstallation } from '../../db/installation';
import { host } from '../../host';
import { loadDemoData } from './load-demo-data';
import {
  initialSetupValues,
  installationOf,
  organisationCodeOf,
  validateSetup,
  type SetupValues,
} from './setup-form';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const { setInstallation } = useAppState();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const provinces = useLiveQuery(
    async () => (await db.provinces.toArray()).sort((a, b) => compareThai(a.nameTh, b.nameTh)),
    [],
  );
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: { ...initialSetupValues, name: '' },
    validate: (values) =>
      Object.fromEntries(Object.entries(validateSetup(values)).map(([k, key]) => [k, t(key)])),
  });
  const values = form.getValues();
  const code = organisationCodeOf(values);
  const isEnglish = i18n.language === 'en';

  const defaultNameFor = (kind: SetupValues['kind'], provinceCode: string | null) => {
    if (kind === 'department') return t('setup.departmentName');
    const province = provinces?.find((p) => p.code === provinceCode);
    return province ? t('setup.centreNameDefault', { province: province.nameTh }) : '';
  };

  const submit = form.onSubmit(async (submitted) => {
    setSaving(true);
    setFailure(null);
    try {
      const installation = installationOf(submitted, new Date());
      // The keys first: an installation that cannot keep its secret keys safely is not set up.
      // Keys this computer already holds for the same installation (set up again) are kept.
      const held = await host.invoke('keys:public');
      const keys =
        held?.installationId === installation.installationId
          ? held
          : await host.invoke('keys:create', {
              installationId: installation.installationId,
              replace: true,
            });
      await saveInstallation(db, installation);
      if (installation.organisation.code === DEPARTMENT_CODE) {
        await ensureOwnEntry(db, keys, installation.createdAt);
      }
      if (submitted.withDemo) {
        setProgress({ done: 0, total: Number(submitted.demoVolunteers) });
        await loadDemoData(installation, Number(submitted.demoVolunteers), (done, total) =>
          setProgress({ done, total }),
        );
      }
      setInstallation(installation);
    } catch (error) {
      setFailure(isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error));
      setSaving(false);
    }
  });

  return (
    <Container size="sm" py="xl">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {t('setup.title')}
        </Title>
        <LanguageSwitch />
      </Group>
      <Text mb="lg">{t('setup.intro')}</Text>
      <Card withBorder component="form" onSubmit={submit} aria-label={t('setup.title')}>
        <Stack>
          <Radio.Group
            label={t('setup.kind')}
            {...form.getInputProps('kind')}
            onChange={(kind) => {
              const nextKind = kind === 'department' ? 'department' : 'centre';
              form.setFieldValue('kind', nextKind);
              form.setFieldValue('name', defaultNameFor(nextKind, values.provinceCode));
            }}
          >
            <Group mt="xs">
              <Radio value="centre" label={t('setup.kindCentre')} />
              <Radio value="department" label={t('setup.kindDepartment')} />
            </Group>
          </Radio.Group>
          {values.kind === 'centre' && (
            <Group grow align="flex-start">
              <Select
                label={t('setup.province')}
                placeholder={t('setup.provincePlaceholder')}
                searchable
                withAsterisk
                data={(provinces ?? []).map((p) => ({
                  value: p.code,
                  label: isEnglish ? `${p.nameEn} (${p.nameTh})` : p.nameTh,
                }))}
                {...form.getInputProps('provinceCode')}
                onChange={(provinceCode) => {
                  form.setFieldValue('provinceCode', provinceCode);
                  form.setFieldValue('name', defaultNameFor('centre', provinceCode));
                }}
              />
              <NumberInput
                label={t('setup.serial')}
                description={t('setup.serialHint')}
                min={1}
                max={99}
                allowDecimal={false}
                withAsterisk
                {...form.getInputProps('serial')}
              />
            </Group>
          )}
          <TextInput label={t('setup.centreName')} withAsterisk {...form.getInputProps('name')} />
          <NumberInput
            label={t('setup.installationNumber')}
            description={t('setup.installationHint')}
            min={1}
            max={9999}
            allowDecimal={false}
            withAsterisk
            {...form.getInputProps('installationNumber')}
          />
          <Text size="sm" aria-live="polite">
            {t('setup.code')}: <strong>{code ?? '—'}</strong>
            {code &&
              ` · ${t('setup.installationId', { id: `${code}-${values.installationNumber}` })}`}
          </Text>
          <Checkbox
            label={t('setup.demo')}
            description={t('setup.demoHint')}
            {...form.getInputProps('withDemo', { type: 'checkbox' })}
          />
          {values.withDemo && (
            <NumberInput
              label={t('setup.demoCount')}
              min={10}
              max={200000}
              step={100}
              thousandSeparator=","
              allowDecimal={false}
              {...form.getInputProps('demoVolunteers')}
            />
          )}
          {progress && (
            <Stack gap={4}>
              <Progress
                value={progress.total ? (100 * progress.done) / progress.total : 0}
                aria-label={t('setup.demoProgress', progress)}
              />
              <Text size="sm">{t('setup.demoProgress', progress)}</Text>
            </Stack>
          )}
          {failure && (
            <Text c="red" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={isSaving}>
              {t('setup.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Container>
  );
}
