// What the certificates of a round print: the participants who hold one (or those asked for), each
// with the facts its signed code states, its QR code drawn once as SVG and its name's size; the
// template, the logo, the organiser and the signatory.
import QRCode from 'qrcode';
import type { Organisation } from '@shared/domain/organisations/organisation';
import type { CertificateFacts } from '@shared/domain/training/certificate';
import type { Signatory } from '@shared/domain/training/round';
import type { AppDB } from '../../db/app-db';
import {
  loadCertificateTemplate,
  signatoryFor,
  type CertificateTemplate,
} from '../../db/training/certificate-template';
import { certificateFactsOf } from '../../db/training/certificates';
import { organiserName, type OrganiserName } from '../../db/training/organiser-name';
import { loadPrintFonts } from '../use-print-ready';
import { canvasNameMeasurer, nameSizePt } from './certificate-name-fit';

export type CertificateSheet = {
  participantId: string;
  code: string;
  facts: CertificateFacts;
  /** The QR code of `code`, an SVG element's markup made by the qrcode library. */
  qrSvg: string;
  nameSizePt: number;
};

export type CertificateDocument = {
  organiser: OrganiserName;
  template: CertificateTemplate;
  /** An object URL of the logo, to be revoked by whoever shows it. */
  logoUrl: string | null;
  signatory: Signatory;
  venue: string;
  sheets: CertificateSheet[];
};

/** The QR text is long (facts and signature): level M keeps it scannable from paper. */
export function qrSvgOf(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}

/** The round's certificates, by participant number; null when the round is not here. */
export async function loadCertificateDocument(
  db: AppDB,
  roundId: string,
  ids: ReadonlySet<string> | null,
  own: Organisation,
): Promise<CertificateDocument | null> {
  const round = await db.rounds.get(roundId);
  if (!round || round.deletedAt) return null;
  const [participants, template, organiser] = await Promise.all([
    db.participants.where('roundId').equals(roundId).sortBy('number'),
    loadCertificateTemplate(db),
    organiserName(db, round.owner, own),
    // Names are measured in Sarabun, so it must be in place first.
    loadPrintFonts(),
  ]);
  const logo = template.logo ? await db.attachments.get(template.logo.sha256) : undefined;
  const measure = canvasNameMeasurer();
  const sheets: CertificateSheet[] = [];
  for (const participant of participants) {
    const code = participant.certificate?.code;
    if (!code || participant.deletedAt || (ids && !ids.has(participant.id))) continue;
    const facts = certificateFactsOf(code);
    if (!facts) continue;
    sheets.push({
      participantId: participant.id,
      code,
      facts,
      qrSvg: await qrSvgOf(code),
      nameSizePt: nameSizePt(facts.name, measure),
    });
  }
  return {
    organiser,
    template,
    logoUrl: logo ? URL.createObjectURL(logo.bytes) : null,
    signatory: signatoryFor(template, round.signatory),
    venue: round.venue,
    sheets,
  };
}
