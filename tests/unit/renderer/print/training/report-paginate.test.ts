import { describe, expect, it } from 'vitest';
import { PAGE_CONTENT_MM } from '@renderer/print/paginate';
import { paginateReport, type PagePiece } from '@renderer/print/training/report-paginate';

const pagePx = ((PAGE_CONTENT_MM.height - 3) * 96) / 25.4;
const base = { firstHeadingPx: 120, runningHeadingPx: 30, footerPx: 20 };
const section = (rows: number, rowPx = 30) => ({
  titlePx: 40,
  headPx: 30,
  rowsPx: Array<number>(rows).fill(rowPx),
});

/** Every row of every section, in order, as `section:row`. */
const rowsOf = (pages: PagePiece[][]) =>
  pages
    .flat()
    .flatMap((p) =>
      Array.from({ length: p.end - p.start }, (_, i) => `${p.section}:${p.start + i}`),
    );

describe("splitting the round's report into A4 pages", () => {
  it('keeps small tables on the first page, each opening with its title', () => {
    const pages = paginateReport({ ...base, sections: [section(4), section(3), section(5)] });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((p) => [p.section, p.start, p.end, p.withTitle])).toEqual([
      [0, 0, 4, true],
      [1, 0, 3, true],
      [2, 0, 5, true],
    ]);
  });

  it('runs a long table onto later pages, its header repeated, every row once and in order', () => {
    const pages = paginateReport({ ...base, sections: [section(4), section(3), section(200)] });
    expect(pages.length).toBeGreaterThan(2);
    expect(rowsOf(pages)).toEqual([
      ...Array.from({ length: 4 }, (_, i) => `0:${i}`),
      ...Array.from({ length: 3 }, (_, i) => `1:${i}`),
      ...Array.from({ length: 200 }, (_, i) => `2:${i}`),
    ]);
    // Only the piece that opens a table carries its title.
    expect(
      pages
        .flat()
        .filter((p) => p.withTitle)
        .map((p) => p.section),
    ).toEqual([0, 1, 2]);
    // A later page holds as many rows as fit under the running heading, the header and the footer.
    const room = Math.floor((pagePx - 30 - 20 - 30) / 30);
    expect(pages[1]![0]!.end - pages[1]![0]!.start).toBe(room);
  });

  it('moves a title to the next page rather than leave it without a row under it', () => {
    const firstRoom = pagePx - 120 - 20;
    // The first table leaves room for a title and a header, but not for a row as well.
    const rows = Math.floor((firstRoom - 70 - 60) / 30);
    const pages = paginateReport({ ...base, sections: [section(rows), section(2)] });
    expect(pages).toHaveLength(2);
    expect(pages[1]![0]).toEqual({ section: 1, start: 0, end: 2, withTitle: true });
  });

  it('puts a row taller than a page on a page of its own rather than looping', () => {
    const pages = paginateReport({
      ...base,
      sections: [{ titlePx: 40, headPx: 30, rowsPx: [30, pagePx * 2, 30] }],
    });
    expect(rowsOf(pages)).toEqual(['0:0', '0:1', '0:2']);
  });
});
