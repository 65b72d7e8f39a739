// One certificate on one A4 landscape page: logo, organiser, heading, the holder's name, the wording,
// the day of issue, the signatory with a line to sign, the number and the QR code. Plain elements
// only, so that hundreds of pages stay light; the template page draws its preview with it too.
import type { Signatory } from '@shared/domain/training/round';
import './certificate-print.css';

export type CertificatePageProps = {
  organiserName: string;
  logoUrl: string | null;
  heading: string;
  holderName: string;
  nameSizePt: number;
  wording: string;
  issuedOn: string;
  signatory: Signatory;
  number: string;
  /** The QR code's SVG markup, made by the qrcode library from the certificate's code. */
  qrSvg: string;
  /** The certificate's signed text, kept on the page for whoever needs to read it back. */
  code: string;
};

export function CertificatePage(props: CertificatePageProps) {
  const { signatory } = props;
  return (
    <section
      className="certificate-page"
      data-certificate-number={props.number}
      data-certificate-code={props.code}
    >
      <div className="certificate-frame">
        {props.logoUrl && <img className="certificate-logo" src={props.logoUrl} alt="" />}
        <p className="certificate-organiser">{props.organiserName}</p>
        <div className="certificate-body">
          {props.heading && <p className="certificate-heading">{props.heading}</p>}
          <div className="certificate-name-box">
            <h1 className="certificate-name" style={{ fontSize: `${props.nameSizePt}pt` }}>
              {props.holderName}
            </h1>
          </div>
          <p className="certificate-wording">{props.wording}</p>
          <p className="certificate-issued">{props.issuedOn}</p>
        </div>
        <div className="certificate-signature">
          <div className="certificate-sign-line" />
          {signatory.name && <p className="certificate-signatory">({signatory.name})</p>}
          {signatory.title && <p className="certificate-signatory-title">{signatory.title}</p>}
        </div>
        <div className="certificate-qr">
          <div
            className="certificate-qr-code"
            role="img"
            aria-label={props.number}
            // The library's own SVG output, made from our text: no markup of a person's reaches it.
            dangerouslySetInnerHTML={{ __html: props.qrSvg }}
          />
          <p className="certificate-number">เลขที่ {props.number}</p>
        </div>
      </div>
    </section>
  );
}
