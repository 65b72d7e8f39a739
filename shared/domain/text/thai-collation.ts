// Thai sorting: one shared collator, so that every list sorts as a Thai reader expects.

export const thaiCollator = new Intl.Collator('th', { sensitivity: 'base', numeric: true });

export function compareThai(a: string, b: string): number {
  return thaiCollator.compare(a, b);
}
