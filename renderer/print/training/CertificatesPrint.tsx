// Certificates (เกียรติบัตร), one A4 landscape page each, for the round's participants who hold one
// (or those of `?ids=a,b`), drawn from the facts their signed codes state.
import '../../styles/print.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useAppState, useInstallation } from '../../app/app-state';
import { db } from '../../db/db';
import { Preparing } from '../PrintParts';
import { usePrintReady } from '../use-print-ready';
import { loadCertificateDocument, type CertificateDocument } from './certificate-data';
import { CertificatePage } from './certificate-page';
import { certificateWording, issuedOnText } from './certificate-wording';

type Loaded = { certificates: CertificateDocument | null };

export function CertificatesPrint() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { organisation } = useInstallation();
  const idsParam = params.get('ids');
  const ids = useMemo(
    () => (idsParam ? new Set(idsParam.split(',').filter(Boolean)) : null),
    [idsParam],
  );
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let isCurrent = true;
    let logoUrl: string | null = null;
    setLoaded(null);
    void loadCertificateDocument(db, id, ids, organisation).then((certificates) => {
      logoUrl = certificates?.logoUrl ?? null;
      if (isCurrent) setLoaded({ certificates });
    });
    return () => {
      isCurrent = false;
      if (logoUrl) URL.revokeObjectURL(logoUrl);
    };
  }, [id, ids, organisation]);

  usePrintReady(loaded !== null);

  if (!loaded) return <Preparing />;
  const { certificates } = loaded;
  if (!certificates || certificates.sheets.length === 0) return <NoCertificates />;
  return <Certificates certificates={certificates} />;
}

/** The class that puts the whole document on certificate pages (certificate-print.css). */
const BODY_CLASS = 'certificate-print-body';

function Certificates({ certificates }: { certificates: CertificateDocument }) {
  const { preferences } = useAppState();
  useEffect(() => {
    document.body.classList.add(BODY_CLASS);
    return () => document.body.classList.remove(BODY_CLASS);
  }, []);
  const { template, organiser, signatory, venue } = certificates;
  const thaiDigits = preferences.thaiDigits;
  return (
    <div className="certificate-doc">
      {certificates.sheets.map(({ participantId, facts, code, qrSvg, nameSizePt }) => (
        <CertificatePage
          key={participantId}
          organiserName={organiser.nameTh}
          logoUrl={certificates.logoUrl}
          heading={template.heading}
          holderName={facts.name}
          nameSizePt={nameSizePt}
          wording={certificateWording(template, { ...facts, venue }, thaiDigits)}
          issuedOn={issuedOnText(facts.on, thaiDigits)}
          signatory={signatory}
          number={facts.no}
          qrSvg={qrSvg}
          code={code}
        />
      ))}
    </div>
  );
}

function NoCertificates() {
  const { t } = useTranslation();
  return (
    <div className="print-doc">
      <p className="print-empty">{t('certificates.print.none')}</p>
    </div>
  );
}
