// Splits the round's report (several tables, one after another) into A4 portrait pages from measured
// heights: a table's title stays with its header and first row, its header repeats on each page it
// runs onto, no row is split, and every page keeps room for its heading and footer.
import { PAGE_CONTENT_MM } from '../paginate';

const SLACK_MM = 3;
const PX_PER_MM = 96 / 25.4;

export type SectionSizes = { titlePx: number; headPx: number; rowsPx: readonly number[] };

export type ReportLayout = {
  firstHeadingPx: number;
  runningHeadingPx: number;
  footerPx: number;
  sections: readonly SectionSizes[];
};

/** Rows `[start, end)` of one section on one page; `withTitle` on the piece that opens it. */
export type PagePiece = { section: number; start: number; end: number; withTitle: boolean };

export function paginateReport(layout: ReportLayout): PagePiece[][] {
  const pagePx = (PAGE_CONTENT_MM.height - SLACK_MM) * PX_PER_MM;
  const pages: PagePiece[][] = [[]];
  let room = pagePx - layout.firstHeadingPx - layout.footerPx;
  const newPage = () => {
    pages.push([]);
    room = pagePx - layout.runningHeadingPx - layout.footerPx;
  };
  layout.sections.forEach((sizes, section) => {
    let start = 0;
    let withTitle = true;
    do {
      const opening = (withTitle ? sizes.titlePx : 0) + sizes.headPx;
      if (opening + (sizes.rowsPx[start] ?? 0) > room && pages.at(-1)!.length > 0) newPage();
      room -= opening;
      let end = start;
      // A row taller than a page still goes on a page of its own rather than looping.
      while (end < sizes.rowsPx.length && (sizes.rowsPx[end]! <= room || end === start)) {
        room -= sizes.rowsPx[end]!;
        end += 1;
      }
      pages.at(-1)!.push({ section, start, end, withTitle });
      withTitle = false;
      start = end;
      if (start < sizes.rowsPx.length) newPage();
    } while (start < sizes.rowsPx.length);
  });
  return pages;
}
