// Comparing version vectors (bundle-format.md: dominates, equal, dominated, or concurrent).
import type { VersionVector } from './exchange-fields';

export type VectorOrder = 'equal' | 'dominates' | 'dominated' | 'concurrent';

/** How `a` stands against `b`. */
export function compareVectors(a: VersionVector, b: VersionVector): VectorOrder {
  let aAhead = false;
  let bAhead = false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'dominates';
  if (bAhead) return 'dominated';
  return 'equal';
}

/** The vector after one more change by `installationId`. */
export function bumpVector(vector: VersionVector, installationId: string): VersionVector {
  return { ...vector, [installationId]: (vector[installationId] ?? 0) + 1 };
}

/** The smallest vector that dominates or equals both (for a merged result, then bumped). */
export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = Math.max(out[key] ?? 0, value);
  return out;
}
