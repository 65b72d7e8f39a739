// CSV files of the registry: read as UTF-8 (or Windows Thai, as older Excel saves them), written as
// UTF-8 with a byte-order mark so that Excel shows Thai correctly.
import Papa from 'papaparse';
import type { Cell, Sheet } from './cells';

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-874 (TIS-620), Thai Excel's CSV. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

export function readCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows: rows.map((r) => r.map((c): Cell => c)) };
}

export function writeCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Uint8Array {
  const text = Papa.unparse([headers as string[], ...(rows as string[][])], { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}
