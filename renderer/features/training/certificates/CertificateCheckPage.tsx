// Checking a certificate's QR code offline: pasted, typed by a scanner, or read with the webcam; the
// facts it states and a clear verdict against the department's keyring and this installation's key.
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certificateRefusalText,
  checkCertificate,
  type CertificateCheck,
} from '@shared/bundle/certificate-signature';
import { messageIn } from '@shared/errors';
import { CertificateFactsList } from './CertificateFactsList';
import { QrScanner, useHasCamera } from './QrScanner';
import { useCertificateTrust } from './use-certificate-trust';

export function CertificateCheckPage() {
  const { t } = useTranslation();
  const trust = useCertificateTrust();
  const hasCamera = useHasCamera();
  const [text, setText] = useState('');
  const [scanning, setScanning] = useState(false);
  const [result, setResult] = useState<CertificateCheck | null>(null);

  const check = useCallback(
    (value: string) => {
      if (!trust || value.trim() === '') return;
      setResult(checkCertificate(value, trust));
    },
    [trust],
  );

  const onScanned = useCallback(
    (value: string) => {
      setScanning(false);
      setText(value);
      check(value);
    },
    [check],
  );

  return (
    <Stack maw={900}>
      <Title order={2}>{t('certificates.check.title')}</Title>
      <Text c="dimmed">{t('certificates.check.intro')}</Text>
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            check(text);
          }}
        >
          <Stack>
            <Textarea
              label={t('certificates.check.text')}
              description={t('certificates.check.textHint')}
              autosize
              minRows={3}
              maxRows={8}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setResult(null);
              }}
              styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
              data-autofocus
            />
            <Group>
              <Button type="submit" disabled={!trust || text.trim() === ''}>
                {t('certificates.check.submit')}
              </Button>
              {hasCamera && !scanning && (
                <Button variant="default" onClick={() => setScanning(true)}>
                  {t('certificates.check.scan')}
                </Button>
              )}
            </Group>
            {scanning && <QrScanner onRead={onScanned} onClose={() => setScanning(false)} />}
          </Stack>
        </form>
      </Card>
      {result && <Verdict result={result} />}
    </Stack>
  );
}

function Verdict({ result }: { result: CertificateCheck }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      {result.ok ? (
        <Alert color="teal" variant="filled" role="status" title={t('certificates.check.valid')}>
          {t('certificates.check.validDetail', { by: result.facts.by })}
        </Alert>
      ) : (
        <Alert color="red" variant="filled" role="alert" title={t('certificates.check.invalid')}>
          {messageIn(certificateRefusalText(result.reason), i18n.language)}
        </Alert>
      )}
      {result.facts && (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t(result.ok ? 'certificates.check.facts' : 'certificates.check.claimedFacts')}
            </Title>
            <CertificateFactsList facts={result.facts} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
