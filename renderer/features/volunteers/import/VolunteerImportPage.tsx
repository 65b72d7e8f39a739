// Import volunteers from a spreadsheet: pick a file, check the column mapping and the rejected rows,
// then write all the valid rows at once.
import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isUserFacingError, messageIn, type UserMessage } from '@shared/errors';
import {
  columnOf,
  mappingToRemember,
  missingColumns,
  type ColumnKey,
  type ColumnMapping,
} from '@shared/spreadsheet/columns';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { getImportMapping, rememberImportMapping } from '../../../db/import-mapping';
import { host } from '../../../host';
import type { ImportSummary } from '../../../workers/volunteer-import-messages';
import { createImportSession, type ImportSession, type Progress as Step } from './import-session';
import { MappingTable, PreviewTable } from './MappingTable';
import { ProblemTable } from './ProblemTable';

const MAX_BYTES = 100 * 1024 * 1024;

type Loaded = { name: string; headers: string[]; mapping: ColumnMapping; preview: string[][] };

export function VolunteerImportPage() {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const session = useRef<ImportSession | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<UserMessage | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const busy = step !== null;

  useEffect(() => {
    const current = createImportSession(setStep);
    session.current = current;
    return () => current.close();
  }, []);

  async function run<T>(work: (s: ImportSession) => Promise<T>): Promise<T | undefined> {
    setError(null);
    try {
      return await work(session.current!);
    } catch (e) {
      setError(isUserFacingError(e) ? e.text : { th: String(e), en: String(e) });
      return undefined;
    } finally {
      setStep(null);
    }
  }

  async function pickFile() {
    const [file] = await host.invoke('files:open', {
      title: t('volunteerImport.openTitle'),
      filters: [{ name: t('volunteerImport.fileFilter'), extensions: ['xlsx', 'csv'] }],
      maxBytes: MAX_BYTES,
    });
    if (!file) return;
    setLoaded(null);
    setSummary(null);
    setImported(null);
    const remembered = await getImportMapping(db);
    const result = await run((s) =>
      s.read(file.name, file.bytes, remembered, (r) => setLoaded({ name: file.name, ...r })),
    );
    if (result) setSummary(result);
  }

  async function changeMapping(index: number, key: ColumnKey | null) {
    if (!loaded) return;
    // One column feeds one field: choosing it here frees it elsewhere.
    const mapping = loaded.mapping.map((k, i) => (i === index ? key : k === key ? null : k));
    setLoaded({ ...loaded, mapping });
    await rememberImportMapping(db, mappingToRemember(loaded.headers, mapping));
    const result = await run((s) => s.check(mapping));
    if (result) setSummary(result);
  }

  async function confirm() {
    const count = await run((s) => s.commit(installation));
    if (count === undefined) return;
    setImported(count);
    setSummary(null);
    setLoaded(null);
    notifications.show({ color: 'green', message: t('volunteerImport.imported', { count }) });
  }

  const language = i18n.language === 'en' ? 'en' : 'th';

  const missing = loaded ? missingColumns(loaded.mapping) : [];
  const percent = step && step.total > 0 ? Math.round((step.done / step.total) * 100) : 0;

  return (
    <Stack gap="md">
      <Title order={1}>{t('volunteerImport.title')}</Title>
      <Text>{t('volunteerImport.intro')}</Text>
      <Group>
        <Button onClick={() => void pickFile()} disabled={busy}>
          {t('volunteerImport.pickFile')}
        </Button>
        {loaded && <Text>{t('volunteerImport.fileName', { name: loaded.name })}</Text>}
      </Group>

      {step && (
        <Stack gap={4}>
          <Text size="sm">{t(`volunteerImport.stage.${step.stage}`)}</Text>
          <Progress.Root size="lg">
            <Progress.Section
              value={step.stage === 'check' ? percent : 100}
              animated={step.stage !== 'check'}
              aria-label={t('volunteerImport.progressLabel')}
            />
          </Progress.Root>
        </Stack>
      )}

      {error && (
        <Alert color="red" role="alert">
          {messageIn(error, i18n.language)}
        </Alert>
      )}

      {imported !== null && (
        <Alert color="green" role="status">
          <Stack gap="xs">
            <Text>{t('volunteerImport.imported', { count: imported })}</Text>
            <Anchor component={Link} to="/volunteers">
              {t('volunteerImport.backToList')}
            </Anchor>
          </Stack>
        </Alert>
      )}

      {loaded && (
        <>
          <Title order={2}>{t('volunteerImport.mappingTitle')}</Title>
          <Text size="sm">{t('volunteerImport.mappingHelp')}</Text>
          {missing.length > 0 && (
            <Alert color="orange">
              {t('volunteerImport.missing', {
                columns: missing.map((k) => columnOf(k)[language]).join(', '),
              })}
            </Alert>
          )}
          <MappingTable
            headers={loaded.headers}
            mapping={loaded.mapping}
            disabled={busy}
            onChange={(i, key) => void changeMapping(i, key)}
          />
          <PreviewTable headers={loaded.headers} rows={loaded.preview} />
        </>
      )}

      {summary && (
        <>
          <Group role="group" aria-label={t('volunteerImport.summaryLabel')}>
            <Text>{t('volunteerImport.total', { count: summary.total })}</Text>
            <Text c="green.8">{t('volunteerImport.valid', { count: summary.validCount })}</Text>
            <Text c="red.8">{t('volunteerImport.rejected', { count: summary.rejectedRows })}</Text>
          </Group>
          {summary.problems.length > 0 && (
            <>
              <Title order={2}>{t('volunteerImport.problemsTitle')}</Title>
              <ProblemTable problems={summary.problems} />
            </>
          )}
          <Group>
            <Button
              color="green"
              onClick={() => void confirm()}
              disabled={busy || summary.validCount === 0 || missing.length > 0}
            >
              {t('volunteerImport.importButton', { count: summary.validCount })}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
