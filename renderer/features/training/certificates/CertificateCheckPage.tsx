// Checking a certificate's QR code offline.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function CertificateCheckPage() {
  return <AreaNotYetPage area="training" />;
}
