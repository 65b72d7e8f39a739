// A table as NDJSON (bundle-format.md): one JSON object a line, `\n` ends, sorted by `id`, no prototype keys.
import { UserFacingError } from '../errors';
import { decodeUtf8, utf8 } from './bytes';

export type BundleRecord = { id: string } & Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether any line may hold a forbidden key, judged from the text alone: a key can only be one of
 * them if its name appears in the text, or if the text escapes characters (`\u…`) that could spell
 * it. When neither is so, no record needs walking.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(key));
}

function byId(a: BundleRecord, b: BundleRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function encodeTable(table: string, records: readonly BundleRecord[]): Uint8Array {
  const sorted = [...records].sort(byId);
  let text = '';
  sorted.forEach((record, i) => {
    if (typeof record.id !== 'string' || (i > 0 && sorted[i - 1]!.id === record.id)) {
      throw recordError('id', table, i + 1, 'ไม่มีรหัส (id) หรือรหัสซ้ำ', 'has no id, or a repeated id');
    }
    text += `${JSON.stringify(record)}\n`;
  });
  return utf8(text);
}

/** Parses and checks a table's bytes; `path` names the entry in errors. */
export function parseTable(path: string, bytes: Uint8Array): BundleRecord[] {
  const text = decodeUtf8(bytes);
  if (text === null) throw recordError('utf8', path, 0, 'ไม่ใช่ UTF-8', 'is not UTF-8');
  if (text === '') return [];
  if (!text.endsWith('\n')) {
    throw recordError('line-end', path, 0, 'บรรทัดสุดท้ายไม่ได้จบด้วย \\n', 'does not end with \\n');
  }
  const lines = text.slice(0, -1).split('\n');
  const records: BundleRecord[] = [];
  const walkKeys = mayHoldForbiddenKey(text);
  lines.forEach((line, i) => {
    const row = i + 1;
    if (line.endsWith('\r'))
      throw recordError('line-end', path, row, 'จบบรรทัดด้วย \\r\\n', 'ends with \\r\\n');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw recordError('json', path, row, 'ไม่ใช่ JSON', 'is not JSON');
    }
    if (!isPlainObject(value))
      throw recordError('json', path, row, 'ไม่ใช่ออบเจกต์ JSON', 'is not a JSON object');
    const key = walkKeys ? forbiddenKeyIn(value) : null;
    if (key !== null) {
      throw recordError(
        'forbidden-key',
        path,
        row,
        `มีคีย์ต้องห้าม "${key}"`,
        `carries the forbidden key "${key}"`,
      );
    }
    if (typeof value.id !== 'string' || value.id === '') {
      throw recordError('id', path, row, 'ไม่มีรหัส (id)', 'has no id');
    }
    const record = value as BundleRecord;
    const before = records.at(-1);
    if (before && byId(before, record) >= 0) {
      throw recordError(
        'order',
        path,
        row,
        'ไม่ได้เรียงตามรหัสหรือรหัสซ้ำ',
        'is out of id order, or repeats an id',
      );
    }
    records.push(record);
  });
  return records;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first key anywhere in the value that could reach an object's prototype, or null. */
function forbiddenKeyIn(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = forbiddenKeyIn(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKeyIn(value[key]);
    if (found !== null) return found;
  }
  return null;
}

function recordError(
  reason: string,
  path: string,
  row: number,
  th: string,
  en: string,
): UserFacingError {
  const at = row > 0 ? { th: ` บรรทัด ${row}`, en: ` line ${row}` } : { th: '', en: '' };
  return new UserFacingError(
    `bundle.records.${reason}`,
    { th: `${path}${at.th} ${th}`, en: `${path}${at.en} ${en}` },
    row > 0 ? { field: path, row } : { field: path },
  );
}
