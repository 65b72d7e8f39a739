import { describe, expect, it } from 'vitest';
import { PAGE_CONTENT_MM, paginateRows } from '@renderer/print/paginate';

const pagePx = ((PAGE_CONTENT_MM.height - 3) * 96) / 25.4;
const base = { firstHeadingPx: 100, runningHeadingPx: 30, tableHeadPx: 30, footerPx: 20 };

describe('splitting a printed list into A4 pages', () => {
  it('keeps one page for an empty list', () => {
    expect(paginateRows({ ...base, rowsPx: [] })).toEqual([[0, 0]]);
  });

  it('fills each page and never splits a row', () => {
    const rowsPx = Array.from({ length: 100 }, () => 30);
    const pages = paginateRows({ ...base, rowsPx });
    const firstRoom = Math.floor((pagePx - 100 - 30 - 20) / 30);
    const laterRoom = Math.floor((pagePx - 30 - 30 - 20) / 30);
    expect(pages[0]).toEqual([0, firstRoom]);
    expect(pages[1]).toEqual([firstRoom, firstRoom + laterRoom]);
    expect(pages.at(-1)![1]).toBe(100);
    // Every row on exactly one page, in order.
    expect(pages.flatMap(([s, e]) => Array.from({ length: e - s }, (_, i) => s + i))).toEqual(
      rowsPx.map((_, i) => i),
    );
  });

  it('counts rows that wrap onto two lines as taller', () => {
    const short = paginateRows({ ...base, rowsPx: Array(60).fill(30) });
    const tall = paginateRows({ ...base, rowsPx: Array(60).fill(60) });
    expect(tall.length).toBeGreaterThan(short.length);
  });

  it('puts a row taller than a page on a page of its own', () => {
    expect(paginateRows({ ...base, rowsPx: [30, pagePx * 2, 30] })).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});
