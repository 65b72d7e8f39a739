// The certificate's template, this installation's own (kept in the meta table, never exchanged):
// the logo (an attachment by its SHA-256), the heading, the wording with its placeholders, and the
// signatory printed when a round names none.
import { z } from 'zod';
import { signatorySchema, type Signatory } from '@shared/domain/training/round';
import { photoRefSchema } from '@shared/domain/volunteers/volunteer';
import { UserFacingError } from '@shared/errors';
import type { AppDB } from '../app-db';

const TEMPLATE_KEY = 'certificateTemplate';

export const wordingPlaceholders = ['course', 'round', 'dates', 'venue'] as const;
export type WordingPlaceholder = (typeof wordingPlaceholders)[number];
export type WordingValues = Record<WordingPlaceholder, string>;

export const certificateTemplateSchema = z.object({
  logo: photoRefSchema.nullable(),
  heading: z.string().max(300),
  wording: z.string().max(1000),
  signatory: signatorySchema,
});

export type CertificateTemplate = z.infer<typeof certificateTemplateSchema>;

export const defaultCertificateTemplate: CertificateTemplate = {
  logo: null,
  heading: 'เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า',
  wording: 'ได้ผ่านการอบรมหลักสูตร {course} รุ่นที่ {round} ระหว่างวันที่ {dates} ณ {venue}',
  signatory: { name: '', title: '' },
};

/** The template in force: the one saved here, or the default. */
export async function loadCertificateTemplate(db: AppDB): Promise<CertificateTemplate> {
  const row = await db.meta.get(TEMPLATE_KEY);
  const parsed = certificateTemplateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultCertificateTemplate;
}

export async function saveCertificateTemplate(
  db: AppDB,
  template: CertificateTemplate,
): Promise<void> {
  checkWording(template.wording);
  const parsed = certificateTemplateSchema.safeParse({
    ...template,
    heading: template.heading.trim(),
    wording: template.wording.trim(),
    signatory: { name: template.signatory.name.trim(), title: template.signatory.title.trim() },
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]!.path.map(String).join('.');
    throw new UserFacingError(
      'certificate-template.invalid',
      {
        th: `แม่แบบเกียรติบัตรไม่ถูกต้องที่ช่อง ${field}: ข้อความยาวเกินไป ย่อข้อความในช่องนั้นแล้วบันทึกอีกครั้ง`,
        en: `The certificate template is not valid at ${field}: the text is too long; shorten it and save again.`,
      },
      { field },
    );
  }
  await db.meta.put({ key: TEMPLATE_KEY, value: parsed.data });
}

/** The round's signatory when it names one; otherwise the template's. */
export function signatoryFor(template: CertificateTemplate, roundSignatory: Signatory): Signatory {
  return roundSignatory.name.trim() ? roundSignatory : template.signatory;
}

/** The wording with each `{placeholder}` replaced by its value. */
export function fillWording(wording: string, values: WordingValues): string {
  return wording.replace(/\{(\w+)\}/g, (whole, name: string) =>
    isPlaceholder(name) ? values[name] : whole,
  );
}

function isPlaceholder(name: string): name is WordingPlaceholder {
  return (wordingPlaceholders as readonly string[]).includes(name);
}

/** Refuses a `{word}` that is not a placeholder: it would be printed as typed. */
function checkWording(wording: string): void {
  const unknown = [...wording.matchAll(/\{(\w*)\}/g)]
    .map((match) => match[1]!)
    .find((name) => !isPlaceholder(name));
  if (unknown === undefined) return;
  const known = wordingPlaceholders.map((name) => `{${name}}`).join(' ');
  throw new UserFacingError(
    'certificate-template.placeholder',
    {
      th: `ข้อความเกียรติบัตรมี {${unknown}} ซึ่งไม่ใช่ช่องแทนค่า: ใช้ได้เฉพาะ ${known} แก้ข้อความในช่อง "ข้อความ" แล้วบันทึกอีกครั้ง`,
      en: `The certificate's wording has {${unknown}}, which is not a placeholder: only ${known} can be used; correct "Wording" and save again.`,
    },
    { field: 'wording' },
  );
}
