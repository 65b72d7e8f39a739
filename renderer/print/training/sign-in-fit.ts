// Shrinks a long name or organisation to fit its cell on the sign-in sheet: measured, never cut and
// never overflowing. One line at a smaller size first; two lines when one would be too small to read.
// Reads and writes are batched over all cells, so a 550-person round costs a few layouts, not thousands.

export type CellFit = { fontPt: number; wrap: boolean };

/** The size cells are drawn at when their text fits. */
export const BASE_PT = 11;
/** Below this on one line, two lines at a larger size read better. */
const MIN_ONE_LINE_PT = 8;
/** Thai marks above and below need this much line height when two lines are stacked. */
export const WRAPPED_LINE_HEIGHT = 1.3;
/** Text measured at one size is not exactly proportional at another: a little room is kept. */
const MARGIN = 0.97;
const MAX_PASSES = 8;

type Measured = { span: HTMLElement; width: number; height: number };

function roomOf(span: HTMLElement): { width: number; height: number } {
  const cell = span.parentElement!;
  const style = getComputedStyle(cell);
  const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  return { width: cell.clientWidth - padX, height: cell.clientHeight - padY };
}

function apply(span: HTMLElement, fit: CellFit): void {
  Object.assign(span.style, fitStyle(fit));
}

/** The text's own box: on one line as wide as the text, on two as wide as the cell. */
function sizeOf(span: HTMLElement): { width: number; height: number } {
  const box = span.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

function fits(span: HTMLElement, room: { width: number; height: number }): boolean {
  const size = sizeOf(span);
  return size.width <= room.width + 0.5 && size.height <= room.height + 0.5;
}

const PT_PER_PX = 72 / 96;

/** A first guess from the text's width at the base size, on one line or on two. */
function firstGuess(measured: Measured, room: { width: number; height: number }): CellFit {
  const ratio = room.width / measured.width;
  if (ratio >= 1) return { fontPt: BASE_PT, wrap: false };
  const oneLine = BASE_PT * ratio * MARGIN;
  if (oneLine >= MIN_ONE_LINE_PT) return { fontPt: oneLine, wrap: false };
  // Two lines hold a little less than twice one line: words break where they may, not anywhere.
  const twoLines = BASE_PT * ratio * 2 * 0.85;
  const tallest = (room.height * PT_PER_PX) / (2 * WRAPPED_LINE_HEIGHT);
  return { fontPt: Math.min(BASE_PT, twoLines, tallest), wrap: true };
}

/**
 * Fits every span of `[data-fit]` inside its parent cell and returns the fit per `data-fit` key.
 * The spans are left drawn at their fits.
 */
export function fitCells(root: HTMLElement): Map<string, CellFit> {
  const spans = [...root.querySelectorAll<HTMLElement>('[data-fit]')];
  spans.forEach((span) => apply(span, { fontPt: BASE_PT, wrap: false }));
  const rooms = spans.map(roomOf);
  const measured: Measured[] = spans.map((span) => ({ span, ...sizeOf(span) }));
  const result = new Map<string, CellFit>();
  let pending = measured.map((m, i) => {
    const fit = firstGuess(m, rooms[i]!);
    result.set(m.span.dataset.fit!, fit);
    return i;
  });
  pending.forEach((i) => apply(spans[i]!, result.get(spans[i]!.dataset.fit!)!));
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    pending = pending.filter((i) => !fits(spans[i]!, rooms[i]!));
    for (const i of pending) {
      const key = spans[i]!.dataset.fit!;
      const fit = result.get(key)!;
      // Still too big: two lines if it was one, then smaller.
      const next =
        !fit.wrap && fit.fontPt * 0.92 < MIN_ONE_LINE_PT
          ? { fontPt: fit.fontPt, wrap: true }
          : { fontPt: fit.fontPt * 0.92, wrap: fit.wrap };
      result.set(key, next);
      apply(spans[i]!, next);
    }
  }
  return result;
}

/** The inline style a fitted cell's text is drawn with, when measured and on its page. */
export function fitStyle(fit: CellFit | undefined): {
  fontSize: string;
  whiteSpace: 'normal' | 'nowrap';
  width: 'max-content' | 'auto';
  lineHeight: string;
} {
  const chosen = fit ?? { fontPt: BASE_PT, wrap: false };
  return {
    fontSize: `${chosen.fontPt.toFixed(2)}pt`,
    whiteSpace: chosen.wrap ? 'normal' : 'nowrap',
    width: chosen.wrap ? 'auto' : 'max-content',
    lineHeight: chosen.wrap ? String(WRAPPED_LINE_HEIGHT) : '',
  };
}
