// The round's report on A4 portrait pages: attendance per session, completion by province and per
// participant, drawn once to measure, then split into pages that each carry "หน้า X / Y".
import '../../styles/print.css';
import './report-print.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useInstallation } from '../../app/app-state';
import { db } from '../../db/db';
import { loadRoundReport, type RoundReport } from '../../db/training/round-report';
import { Preparing, PrintFooter } from '../PrintParts';
import { loadPrintFonts, usePrintReady } from '../use-print-ready';
import { paginateReport, type PagePiece } from './report-paginate';
import {
  ReportHeading,
  ReportTable,
  RunningHeading,
  reportCells,
  reportSections,
  useReportText,
} from './report-tables';

type Loaded = { report: RoundReport | null };

export function RoundReportPrint() {
  const { id = '' } = useParams();
  const { organisation } = useInstallation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setLoaded(null);
    // Rows are measured, so Sarabun must be in place before the first of them is drawn.
    void Promise.all([loadRoundReport(db, id, organisation), loadPrintFonts()]).then(([report]) => {
      if (isCurrent) setLoaded({ report });
    });
    return () => {
      isCurrent = false;
    };
  }, [id, organisation]);

  if (!loaded) return <Preparing />;
  if (!loaded.report) return <NoReport />;
  return <ReportPages report={loaded.report} />;
}

function NoReport() {
  const { t } = useTranslation();
  usePrintReady(true);
  return (
    <div className="print-doc">
      <p className="print-empty">{t('completion.notFound')}</p>
    </div>
  );
}

function ReportPages({ report }: { report: RoundReport }) {
  const text = useReportText();
  const cells = useMemo(() => reportCells(report, text), [report, text]);
  const [pages, setPages] = useState<PagePiece[][] | null>(null);
  const measureRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const sheet = measureRef.current;
    if (pages || !sheet) return;
    const height = (element: Element | null) => element?.getBoundingClientRect().height ?? 0;
    setPages(
      paginateReport({
        firstHeadingPx: height(sheet.querySelector('.print-heading')),
        runningHeadingPx: height(sheet.querySelector('.print-running-heading')),
        footerPx: height(sheet.querySelector('.print-footer')),
        sections: reportSections.map((section) => {
          const block = sheet.querySelector(`[data-section="${section}"]`)!;
          return {
            titlePx: height(block.querySelector('.print-section-title')),
            headPx: height(block.querySelector('thead')),
            rowsPx: [...block.querySelectorAll('tbody tr')].map(height),
          };
        }),
      }),
    );
  }, [pages]);

  usePrintReady(pages !== null);

  if (!pages) {
    return (
      <div className="print-doc print-measure" ref={measureRef} aria-hidden>
        <ReportHeading report={report} />
        <RunningHeading report={report} />
        {reportSections.map((section) => (
          <ReportTable key={section} section={section} rows={cells[section]} start={0} withTitle />
        ))}
        <PrintFooter page={1} pages={1} />
      </div>
    );
  }
  return (
    <div className="print-doc">
      {pages.map((pieces, i) => (
        <section className="print-page" key={i}>
          {i === 0 ? <ReportHeading report={report} /> : <RunningHeading report={report} />}
          {pieces.map(({ section, start, end, withTitle }) => (
            <ReportTable
              key={`${reportSections[section]}-${start}`}
              section={reportSections[section]!}
              rows={cells[reportSections[section]!].slice(start, end)}
              start={start}
              withTitle={withTitle}
            />
          ))}
          <PrintFooter page={i + 1} pages={pages.length} />
        </section>
      ))}
    </div>
  );
}
