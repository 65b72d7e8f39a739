// Splits measured table rows into A4 pages, so that every page can say "page X of Y": Chromium
// cannot count total pages in CSS, and the browser's print dialog shows no header or footer of ours.

/** A4 portrait, less the 15 mm margins of `@page` in print.css. */
export const PAGE_CONTENT_MM = { width: 180, height: 267 } as const;

/** Kept free at the foot of each page, so that rounding never pushes a row onto a page of its own. */
const SLACK_MM = 3;

const PX_PER_MM = 96 / 25.4;

export type PageLayout = {
  /** Height of the full heading on the first page, in CSS pixels. */
  firstHeadingPx: number;
  /** Height of the short running heading on later pages. */
  runningHeadingPx: number;
  /** The table's header row, repeated on every page. */
  tableHeadPx: number;
  footerPx: number;
  /** Each row's height, in order. */
  rowsPx: readonly number[];
};

/** Row ranges `[start, end)` per page; at least one page, even for an empty list. */
export function paginateRows(layout: PageLayout): [number, number][] {
  const pagePx = (PAGE_CONTENT_MM.height - SLACK_MM) * PX_PER_MM;
  const pages: [number, number][] = [];
  let start = 0;
  let used = 0;
  const roomOn = (page: number) =>
    pagePx -
    (page === 0 ? layout.firstHeadingPx : layout.runningHeadingPx) -
    layout.tableHeadPx -
    layout.footerPx;
  let room = roomOn(0);
  layout.rowsPx.forEach((height, i) => {
    // A row taller than a whole page still goes on a page of its own rather than looping.
    if (used + height > room && i > start) {
      pages.push([start, i]);
      start = i;
      used = 0;
      room = roomOn(pages.length);
    }
    used += height;
  });
  pages.push([start, layout.rowsPx.length]);
  return pages;
}
