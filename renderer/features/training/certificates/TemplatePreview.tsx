// A live preview of the template: a sample certificate drawn by the print's own component, scaled to
// fit the screen, so that what is seen here is what prints.
import { Box, Card, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, toBuddhistYear } from '@shared/domain/dates/buddhist-era';
import { useAppState, useInstallation } from '../../../app/app-state';
import type { CertificateTemplate } from '../../../db/training/certificate-template';
import { qrSvgOf } from '../../../print/training/certificate-data';
import { NAME_MAX_PT } from '../../../print/training/certificate-name-fit';
import { CertificatePage } from '../../../print/training/certificate-page';
import { certificateWording, issuedOnText } from '../../../print/training/certificate-wording';
import { useAttachmentUrl } from './LogoPicker';

const SCALE = 0.55;
const PAGE_MM = { width: 297, height: 209 };

function plusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function TemplatePreview({ template }: { template: CertificateTemplate }) {
  const { t } = useTranslation();
  const { preferences } = useAppState();
  const installation = useInstallation();
  const logoUrl = useAttachmentUrl(template.logo);
  const [qrSvg, setQrSvg] = useState('');
  const today = todayIso();
  const number = `${installation.installationId}/${toBuddhistYear(Number(today.slice(0, 4)))}/0001`;

  useEffect(() => {
    let isCurrent = true;
    void qrSvgOf(`OPM-C1:${number}`).then((svg) => {
      if (isCurrent) setQrSvg(svg);
    });
    return () => {
      isCurrent = false;
    };
  }, [number]);

  const sample = {
    course: t('certificates.template.sampleCourse'),
    round: 1,
    from: plusDays(today, -2),
    to: today,
    venue: t('certificates.template.sampleVenue'),
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('certificates.template.preview')}</Text>
        <Box
          role="figure"
          aria-label={t('certificates.template.preview')}
          style={{
            width: `${PAGE_MM.width * SCALE}mm`,
            height: `${PAGE_MM.height * SCALE}mm`,
            overflow: 'hidden',
            boxShadow: '0 0 0 1px var(--mantine-color-gray-4)',
          }}
        >
          <div style={{ transform: `scale(${SCALE})`, transformOrigin: 'top left' }}>
            <CertificatePage
              organiserName={installation.organisation.nameTh}
              logoUrl={logoUrl}
              heading={template.heading}
              holderName={t('certificates.template.sampleName')}
              nameSizePt={NAME_MAX_PT}
              wording={certificateWording(template, sample, preferences.thaiDigits)}
              issuedOn={issuedOnText(today, preferences.thaiDigits)}
              signatory={template.signatory}
              number={number}
              qrSvg={qrSvg}
              code=""
            />
          </div>
        </Box>
      </Stack>
    </Card>
  );
}
