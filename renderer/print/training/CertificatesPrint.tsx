// Certificates (เกียรติบัตร), one A4 landscape page each.
import { Preparing } from '../PrintParts';

export function CertificatesPrint() {
  return <Preparing />;
}
