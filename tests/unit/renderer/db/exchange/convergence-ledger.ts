// Every edit made in a run, each with a value no other edit has, so that the end state tells an edit
// kept in the records, or replaced on purpose (a later edit by an installation that held it, a
// person's choice in a conflict), from one that was lost.

export type Edit = { table: string; recordId: string; field: string; value: unknown };

export type Ledger = {
  edits: Map<string, Edit[]>;
  superseded: Set<Edit>;
};

export function makeLedger(): Ledger {
  return { edits: new Map(), superseded: new Set() };
}

const keyOf = (table: string, recordId: string, field: string) => `${table}|${recordId}|${field}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function noteEdit(
  ledger: Ledger,
  table: string,
  recordId: string,
  field: string,
  value: unknown,
): void {
  const key = keyOf(table, recordId, field);
  ledger.edits.set(key, [...(ledger.edits.get(key) ?? []), { table, recordId, field, value }]);
}

/** The edit that gave `field` this value is replaced, knowingly, by whoever saw it. */
export function supersede(
  ledger: Ledger,
  table: string,
  recordId: string,
  field: string,
  value: unknown,
): void {
  for (const edit of ledger.edits.get(keyOf(table, recordId, field)) ?? []) {
    if (same(edit.value, value)) ledger.superseded.add(edit);
  }
}

/**
 * What went wrong at the end: an edit neither in the final record nor replaced on purpose, or a
 * final value that no edit made.
 */
export function lostEdits(ledger: Ledger, holdings: Record<string, unknown[]>): string[] {
  const problems: string[] = [];
  for (const edits of ledger.edits.values()) {
    const { table, recordId, field } = edits[0]!;
    const record = (holdings[table] ?? []).find((r) => (r as { id: string }).id === recordId) as
      Record<string, unknown> | undefined;
    if (!record) {
      problems.push(`${table}/${recordId} is missing`);
      continue;
    }
    const final = record[field];
    for (const edit of edits) {
      if (!ledger.superseded.has(edit) && !same(edit.value, final)) {
        problems.push(
          `${table}/${recordId}.${field}: ${JSON.stringify(edit.value)} lost to ${JSON.stringify(final)}`,
        );
      }
    }
    if (!edits.some((edit) => same(edit.value, final))) {
      problems.push(`${table}/${recordId}.${field}: ${JSON.stringify(final)} was never written`);
    }
  }
  return problems;
}
