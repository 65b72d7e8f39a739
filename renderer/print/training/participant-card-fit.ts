// Shrinks the text of fixed-size boxes until it fits, never cutting it: a long name gets a smaller
// font, and below a size it may also take a second line. All boxes are fitted together, one layout
// per step of a binary search, so a sheet of hundreds of cards is fitted in a few layouts.

export type FitRule = {
  maxPt: number;
  minPt: number;
  /** Below this size the text may wrap onto more lines; undefined: it may always wrap. */
  wrapBelowPt?: number;
};

/** Sizes are searched to this precision. */
const STEP_PT = 0.25;

function apply(element: HTMLElement, sizePt: number, rule: FitRule): void {
  element.style.fontSize = `${sizePt}pt`;
  const wraps = rule.wrapBelowPt === undefined || sizePt < rule.wrapBelowPt;
  element.style.whiteSpace = wraps ? 'normal' : 'nowrap';
}

function fits(element: HTMLElement): boolean {
  // Half a pixel of slack for sub-pixel rounding.
  return (
    element.scrollWidth <= element.clientWidth + 0.5 &&
    element.scrollHeight <= element.clientHeight + 0.5
  );
}

type Search = { element: HTMLElement; low: number; high: number };

/** Gives every element the largest size (in steps) at which its text fits its box. */
export function fitTexts(elements: readonly HTMLElement[], rule: FitRule): void {
  for (const element of elements) apply(element, rule.maxPt, rule);
  // One read for all: most names fit at the largest size and are done.
  let open: Search[] = elements
    .filter((element) => !fits(element))
    .map((element) => ({ element, low: 0, high: Math.round((rule.maxPt - rule.minPt) / STEP_PT) }));
  // Steps are counted from the smallest size; `low` is known to fit or is the floor.
  const sizeOf = (step: number) => rule.minPt + step * STEP_PT;
  for (const s of open) s.high -= 1;
  while (open.length > 0) {
    const probes = open.map((s) => ({ ...s, mid: Math.ceil((s.low + s.high) / 2) }));
    for (const p of probes) apply(p.element, sizeOf(p.mid), rule);
    const results = probes.map((p) => fits(p.element));
    open = [];
    probes.forEach((p, i) => {
      const next = results[i] ? { ...p, low: p.mid } : { ...p, high: p.mid - 1 };
      if (next.low >= next.high) apply(p.element, sizeOf(next.low), rule);
      else open.push({ element: p.element, low: next.low, high: next.high });
    });
  }
}
