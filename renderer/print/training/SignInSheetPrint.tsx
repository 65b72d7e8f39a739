// Sign-in sheets of a round's sessions (?session=<id>, or every session): A4 portrait, the enrolled
// by number with name, organisation and a box to sign. Drawn once to measure and fit the cells, then
// split into pages that each say "หน้า X / Y" of their session.
import '../../styles/print.css';
import './sign-in-sheet.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { db } from '../../db/db';
import { paginateRows } from '../paginate';
import { Preparing, PrintFooter } from '../PrintParts';
import { loadPrintFonts, usePrintReady } from '../use-print-ready';
import { loadSignInSheets, type SignInLoad } from './sign-in-data';
import { fitCells, type CellFit } from './sign-in-fit';
import { SignInHeading, SignInRunningHeading, SignInTable } from './sign-in-parts';

type PageRange = [number, number];
/** Per session (in the order printed), its pages. */
type Layout = { fits: Map<string, CellFit>; pages: PageRange[][] };

export function SignInSheetPrint() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const [loaded, setLoaded] = useState<SignInLoad | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const measureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let isCurrent = true;
    setLoaded(null);
    setLayout(null);
    void (async () => {
      // Cells are measured, so Sarabun must be in place before the first of them is drawn.
      const [load] = await Promise.all([loadSignInSheets(db, id, sessionId), loadPrintFonts()]);
      if (isCurrent) setLoaded(load);
    })();
    return () => {
      isCurrent = false;
    };
  }, [id, sessionId]);

  useLayoutEffect(() => {
    const root = measureRef.current;
    if (loaded?.kind !== 'sheets' || layout || !root) return;
    const fits = fitCells(root);
    const height = (element: Element | null) => element?.getBoundingClientRect().height ?? 0;
    const rowsPx = [...root.querySelectorAll('tbody tr')].map((row) => height(row));
    const headings = [...root.querySelectorAll('.sign-in-heading')];
    const pages = loaded.sheets.sessions.map((_, i) =>
      paginateRows({
        firstHeadingPx: height(headings[i] ?? null),
        runningHeadingPx: height(root.querySelector('.print-running-heading')),
        tableHeadPx: height(root.querySelector('thead')),
        footerPx: height(root.querySelector('.print-footer')),
        rowsPx,
      }),
    );
    setLayout({ fits, pages });
  }, [loaded, layout]);

  usePrintReady(loaded !== null && (loaded.kind !== 'sheets' || layout !== null));

  if (!loaded) return <Preparing />;
  if (loaded.kind !== 'sheets') return <Problem kind={loaded.kind} />;
  const { sheets } = loaded;
  if (!layout) {
    return (
      <div className="print-doc print-measure" ref={measureRef} aria-hidden>
        {sheets.sessions.map((entry) => (
          <SignInHeading key={entry.session.id} sheets={sheets} entry={entry} />
        ))}
        <SignInRunningHeading sheets={sheets} entry={sheets.sessions[0]!} />
        <SignInTable participants={sheets.participants} fits={null} />
        <PrintFooter page={1} pages={1} />
      </div>
    );
  }
  return (
    <div className="print-doc">
      {sheets.sessions.map((entry, s) => {
        const pages = layout.pages[s]!;
        return pages.map(([start, end], p) => (
          <section className="print-page" key={`${entry.session.id}-${start}`}>
            {p === 0 ? (
              <SignInHeading sheets={sheets} entry={entry} />
            ) : (
              <SignInRunningHeading sheets={sheets} entry={entry} />
            )}
            <SignInTable participants={sheets.participants.slice(start, end)} fits={layout.fits} />
            <PrintFooter page={p + 1} pages={pages.length} />
          </section>
        ));
      })}
    </div>
  );
}

function Problem({ kind }: { kind: 'not-found' | 'no-session' }) {
  const { t } = useTranslation();
  return (
    <div className="print-doc">
      <p className="print-empty">
        {t(kind === 'not-found' ? 'checkIn.sheet.notFound' : 'checkIn.sheet.noSession')}
      </p>
    </div>
  );
}
