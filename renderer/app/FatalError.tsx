// What shows when the app cannot open at all: the reason in Thai and English, data untouched.
import { isUserFacingError } from '@shared/errors';

export function FatalError({ error }: { error: unknown }) {
  const text = isUserFacingError(error)
    ? error.text
    : { th: `เปิดโปรแกรมไม่ได้: ${String(error)}`, en: `The app could not open: ${String(error)}` };
  return (
    <main role="alert" style={{ fontFamily: 'Sarabun, sans-serif', padding: '2rem' }}>
      <h1>เปิดโปรแกรมไม่ได้ · The app could not open</h1>
      <p>{text.th}</p>
      <p lang="en">{text.en}</p>
    </main>
  );
}
