// The holder's name is printed large on one line: a long name is set smaller until it fits its box,
// measured once per name on a canvas in Sarabun (no layout pass per page), so it is never cut.

/** The name's box on the certificate, and its largest size. */
export const NAME_BOX_MM = 225;
export const NAME_MAX_PT = 32;
/** Room kept at the ends, so that rounding or a trailing mark never touches the edge. */
const SAFETY = 0.96;

const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;

export type NameMeasurer = (name: string) => number;

/** Widths in CSS pixels of names set bold in Sarabun at NAME_MAX_PT; Sarabun must be loaded first. */
export function canvasNameMeasurer(): NameMeasurer {
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  context.font = `700 ${NAME_MAX_PT * PX_PER_PT}px Sarabun`;
  return (name) => context.measureText(name).width;
}

/** The size in points that fits `name` on one line of the box, in half points. */
export function nameSizePt(name: string, measure: NameMeasurer): number {
  const width = measure(name);
  const room = NAME_BOX_MM * PX_PER_MM * SAFETY;
  if (width <= room) return NAME_MAX_PT;
  const fitted = Math.floor(((NAME_MAX_PT * room) / width) * 2) / 2;
  // No floor: a name of 200 letters is set small rather than cut.
  return Math.max(0.5, fitted);
}
