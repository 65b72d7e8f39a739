// The volunteer list as an A4 document for print to PDF: the rows of the list's filter, drawn once
// to measure them, then split into page blocks that each carry "หน้า X / Y".
import '../styles/print.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { loadPrintSelection } from '../db/print-selection';
import { filterFromParams } from '@shared/domain/volunteers/volunteer-filter';
import { db } from '../db/db';
import { describeFilter } from './list-heading';
import { paginateRows } from './paginate';
import { loadAreaNames, loadListRows, type ListRow } from './print-data';
import { Preparing, PrintFooter, useCentreName, usePrintedOn } from './PrintParts';
import { loadPrintFonts, usePrintReady } from './use-print-ready';

type Loaded = { rows: ListRow[]; filterLine: string };
type PageRange = [number, number];

const columns = ['number', 'name', 'nationalId', 'age', 'area', 'status', 'tier'] as const;

export function VolunteerListPrint() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const filter = useMemo(() => filterFromParams(params), [params]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pages, setPages] = useState<PageRange[] | null>(null);
  const measureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let isCurrent = true;
    setLoaded(null);
    setPages(null);
    void (async () => {
      const selection = params.get('selection') === '1' ? await loadPrintSelection(db) : undefined;
      const [rows, areas] = await Promise.all([
        loadListRows(db, filter, language, selection),
        loadAreaNames(db, [filter.province, filter.district, filter.subdistrict], language),
        // Rows are measured, so Sarabun must be in place before the first of them is drawn.
        loadPrintFonts(),
      ]);
      if (isCurrent) setLoaded({ rows, filterLine: describeFilter(filter, t, areas) });
    })();
    return () => {
      isCurrent = false;
    };
  }, [filter, language, t, params]);

  useLayoutEffect(() => {
    const sheet = measureRef.current;
    if (!loaded || pages || !sheet) return;
    const height = (selector: string) =>
      sheet.querySelector(selector)?.getBoundingClientRect().height ?? 0;
    const rowsPx = [...sheet.querySelectorAll('tbody tr')].map(
      (row) => row.getBoundingClientRect().height,
    );
    setPages(
      paginateRows({
        firstHeadingPx: height('.print-heading'),
        runningHeadingPx: height('.print-running-heading'),
        tableHeadPx: height('thead'),
        footerPx: height('.print-footer'),
        rowsPx,
      }),
    );
  }, [loaded, pages]);

  usePrintReady(pages !== null);

  if (!loaded) return <Preparing />;
  const { rows, filterLine } = loaded;
  if (!pages) {
    return (
      <div className="print-doc print-measure" ref={measureRef} aria-hidden>
        <ListHeading filterLine={filterLine} count={rows.length} />
        <RunningHeading />
        <ListTable rows={rows} start={0} />
        <PrintFooter page={1} pages={1} />
      </div>
    );
  }
  return (
    <div className="print-doc">
      {pages.map(([start, end], i) => (
        <section className="print-page" key={start}>
          {i === 0 ? (
            <ListHeading filterLine={filterLine} count={rows.length} />
          ) : (
            <RunningHeading />
          )}
          <ListTable rows={rows.slice(start, end)} start={start} />
          {rows.length === 0 && <p className="print-empty">{t('print.list.empty')}</p>}
          <PrintFooter page={i + 1} pages={pages.length} />
        </section>
      ))}
    </div>
  );
}

function ListHeading({ filterLine, count }: { filterLine: string; count: number }) {
  const { t, i18n } = useTranslation();
  const centre = useCentreName();
  const printedOn = usePrintedOn();
  return (
    <header className="print-heading">
      <p className="print-centre">{centre}</p>
      <h1 className="print-title">{t('print.list.title')}</h1>
      <p className="print-meta">
        <span>
          {filterLine} · {t('print.list.count', { count: count.toLocaleString(i18n.language) })}
        </span>
        <span>{printedOn}</span>
      </p>
    </header>
  );
}

function RunningHeading() {
  const { t } = useTranslation();
  const centre = useCentreName();
  return (
    <header className="print-running-heading">
      <span>{t('print.list.title')}</span>
      <span>{centre}</span>
    </header>
  );
}

function ListTable({ rows, start }: { rows: readonly ListRow[]; start: number }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="print-table print-list">
      <colgroup>
        {columns.map((column) => (
          <col key={column} className={`print-col-${column}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`print.list.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id}>
            <td className="print-number">{(start + i + 1).toLocaleString(i18n.language)}</td>
            <td>{row.name}</td>
            <td className="print-nowrap">{row.nationalId}</td>
            <td className="print-number">{row.age ?? '–'}</td>
            <td>{row.area}</td>
            <td>{t(`volunteers.status.${row.status}`)}</td>
            <td className="print-centred">{row.tier}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
