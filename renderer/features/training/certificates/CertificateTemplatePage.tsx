// The certificate's template: logo, wording, signatory.
import { AreaNotYetPage } from '../../areas/AreaNotYetPage';

export function CertificateTemplatePage() {
  return <AreaNotYetPage area="training" />;
}
