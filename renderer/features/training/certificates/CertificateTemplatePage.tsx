// The certificate's template of this installation: logo, heading, wording with placeholders, the
// default signatory, with a live preview drawn by the very component that prints certificates.
import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserFacingError, messageIn } from '@shared/errors';
import { db } from '../../../db/db';
import {
  loadCertificateTemplate,
  saveCertificateTemplate,
  wordingPlaceholders,
  type CertificateTemplate,
} from '../../../db/training/certificate-template';
import { LogoPicker } from './LogoPicker';
import { TemplatePreview } from './TemplatePreview';

export function CertificateTemplatePage() {
  const { t } = useTranslation();
  const saved = useLiveQuery(() => loadCertificateTemplate(db), []);
  return (
    <Stack>
      <Title order={2}>{t('certificates.template.title')}</Title>
      <Text c="dimmed">{t('certificates.template.intro')}</Text>
      {saved && <TemplateForm saved={saved} />}
    </Stack>
  );
}

function TemplateForm({ saved }: { saved: CertificateTemplate }) {
  const { t, i18n } = useTranslation();
  const [template, setTemplate] = useState(saved);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (changes: Partial<CertificateTemplate>) => {
    setTemplate((current) => ({ ...current, ...changes }));
    setError(null);
  };
  const f = (key: string) => t(`certificates.template.${key}`);

  const save = async () => {
    setBusy(true);
    try {
      await saveCertificateTemplate(db, template);
      notifications.show({ color: 'green', message: f('saved') });
    } catch (failure) {
      const message = isUserFacingError(failure)
        ? messageIn(failure.text, i18n.language)
        : String(failure);
      setError({ field: (isUserFacingError(failure) && failure.where.field) || '', message });
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: string) => (error?.field === field ? error.message : null);
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder>
          <Stack>
            <LogoPicker value={template.logo} onChange={(logo) => change({ logo })} />
            <TextInput
              label={f('heading')}
              value={template.heading}
              onChange={(event) => change({ heading: event.currentTarget.value })}
              error={errorOf('heading')}
            />
            <Textarea
              label={f('wording')}
              description={t('certificates.template.placeholders', {
                list: wordingPlaceholders.map((name) => `{${name}}`).join(' '),
              })}
              autosize
              minRows={3}
              value={template.wording}
              onChange={(event) => change({ wording: event.currentTarget.value })}
              error={errorOf('wording')}
            />
            <TextInput
              label={f('signatoryName')}
              description={f('signatoryHint')}
              value={template.signatory.name}
              onChange={(event) =>
                change({ signatory: { ...template.signatory, name: event.currentTarget.value } })
              }
            />
            <Textarea
              label={f('signatoryTitle')}
              autosize
              minRows={2}
              value={template.signatory.title}
              onChange={(event) =>
                change({ signatory: { ...template.signatory, title: event.currentTarget.value } })
              }
            />
            {error && !['heading', 'wording'].includes(error.field) && (
              <Alert color="red">{error.message}</Alert>
            )}
            <Group>
              <Button onClick={() => void save()} loading={busy}>
                {f('save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <TemplatePreview template={template} />
      </Grid.Col>
    </Grid>
  );
}
