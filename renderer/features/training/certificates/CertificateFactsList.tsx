// What a certificate's QR code states, as a list of labelled facts with Buddhist-era dates.
import { SimpleGrid, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateFacts } from '@shared/domain/training/certificate';
import { useFormatDate } from '../../../app/use-format-date';

export function CertificateFactsList({ facts }: { facts: CertificateFacts }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const dates =
    facts.from === facts.to
      ? formatDate(facts.from, 'long')
      : `${formatDate(facts.from, 'long')} – ${formatDate(facts.to, 'long')}`;
  const items: [string, string][] = [
    ['number', facts.no],
    ['name', facts.name],
    ['course', facts.course],
    ['round', String(facts.round)],
    ['dates', dates],
    ['organiser', facts.org],
    ['issuedBy', facts.by],
    ['issuedOn', formatDate(facts.on, 'long')],
  ];
  return (
    <SimpleGrid
      cols={2}
      spacing="xs"
      verticalSpacing={4}
      style={{ gridTemplateColumns: 'max-content 1fr' }}
    >
      {items.map(([key, value]) => (
        <Fragment key={key}>
          <Text fw={600} id={`certificate-fact-${key}`}>
            {t(`certificates.facts.${key}`)}
          </Text>
          <Text aria-labelledby={`certificate-fact-${key}`}>{value}</Text>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}
