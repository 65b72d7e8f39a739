// The round's actions on completion: issue the certificates (signed by this installation's key, with
// progress), print them, print the round's report, and export it to Excel.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSigner } from '@shared/bundle/certificate-signature';
import { formatDate, todayIso, toBuddhistYear } from '@shared/domain/dates/buddhist-era';
import { useAppState, useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { writeContextOf } from '../../../db/installation';
import { issueCertificates } from '../../../db/training/certificates';
import type { RoundReport } from '../../../db/training/round-report';
import { createWriter } from '../../../db/write';
import { host } from '../../../host';
import { hostSigner } from '../../../host/installation-crypto';
import { useBusyAction } from '../../exchange/use-busy-action';
import { roundReportWorkbook } from './report-workbook';

type Signing = { done: number; total: number };

export function CompletionActions({ report }: { report: RoundReport }) {
  const { t, i18n } = useTranslation();
  const { preferences } = useAppState();
  const installation = useInstallation();
  const { busy, run } = useBusyAction();
  const [signing, setSigning] = useState<Signing | null>(null);
  const { round, rows } = report;
  const isOrganiser = round.owner === installation.organisation.code;
  const toIssue = rows.filter((r) => r.completion.completed && !r.participant.certificate).length;
  const issued = rows.filter((r) => r.participant.certificate !== null).length;
  // Named with the day in the Buddhist era, as centres name their files: …-รุ่นที่2-2569-11-23.
  const [year, month, day] = todayIso().split('-');
  const fileStem = `${t('completion.fileRound', { number: round.number })}-${toBuddhistYear(Number(year))}-${month}-${day}`;

  const issue = () =>
    run(async () => {
      const context = writeContextOf(installation);
      const signer = hostSigner(host, '');
      const sign: CertificateSigner = (message, comment) => signer.sign(message, comment);
      setSigning({ done: 0, total: toIssue });
      try {
        const result = await issueCertificates(
          db,
          createWriter(db, context),
          context,
          sign,
          round.id,
          undefined,
          { onProgress: (done, total) => setSigning({ done, total }) },
        );
        notifications.show({
          color: 'green',
          message: t('completion.actions.issued', { count: result.issued }),
        });
      } finally {
        setSigning(null);
      }
    });

  const print = (page: 'certificates' | 'report', landscape: boolean) =>
    run(async () => {
      await host.invoke('print:pdf', {
        route: `/print/training/${round.id}/${page}`,
        suggestedName: `${t(`completion.actions.${page}File`)}-${fileStem}.pdf`,
        landscape,
      });
    });

  const exportReport = () =>
    run(async () => {
      const thai = i18n.getFixedT('th');
      const bytes = await roundReportWorkbook(report, {
        t: thai,
        language: 'th',
        formatDate: (iso) =>
          formatDate(iso, { language: 'th', thaiDigits: preferences.thaiDigits }),
      });
      await host.invoke('files:save', {
        suggestedName: `${t('completion.actions.reportFile')}-${fileStem}.xlsx`,
        bytes,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
    });

  return (
    <Stack gap="xs">
      <Group>
        {isOrganiser && (
          <Button
            onClick={() => void issue()}
            loading={busy && signing !== null}
            disabled={busy || toIssue === 0}
          >
            {t('completion.actions.issue', { count: toIssue })}
          </Button>
        )}
        <Button
          variant="default"
          onClick={() => void print('certificates', true)}
          disabled={busy || issued === 0}
        >
          {t('completion.actions.printCertificates', { count: issued })}
        </Button>
        <Button variant="default" onClick={() => void print('report', false)} disabled={busy}>
          {t('completion.actions.printReport')}
        </Button>
        <Button variant="default" onClick={() => void exportReport()} disabled={busy}>
          {t('completion.actions.export')}
        </Button>
      </Group>
      {!isOrganiser && (
        <Text size="sm" c="dimmed">
          {t('completion.actions.notOrganiser', { owner: round.owner })}
        </Text>
      )}
      {signing && (
        <Stack gap={4}>
          <Progress
            value={signing.total ? (signing.done * 100) / signing.total : 0}
            animated
            aria-label={t('completion.actions.signing')}
          />
          <Text size="sm">
            {t('completion.actions.signingCount', { done: signing.done, total: signing.total })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
