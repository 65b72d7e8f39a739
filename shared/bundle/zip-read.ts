// Reads a ZIP archive's directory with every limit enforced before a byte is inflated, then one entry.
import { inflateSync } from 'fflate';
import { UserFacingError, type UserMessage } from '../errors';
import { decodeUtf8 } from './bytes';
import { crc32 } from './crc32';
import { entryNameProblem, nameCollisionKey } from './zip-names';

export type ZipLimits = {
  /** Most entries an archive may hold (inclusive). */
  maxEntries: number;
  /** Most bytes all entries together may expand to. */
  maxTotalBytes: number;
  /** Largest expanded/compressed ratio an entry may declare… */
  maxRatio: number;
  /** …once it expands past this many bytes (tiny entries have meaningless ratios). */
  ratioFloorBytes: number;
};

export const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 8 * 1024 ** 3,
  maxRatio: 250,
  ratioFloorBytes: 1024 ** 2,
};

export type ZipEntry = {
  name: string;
  method: 'stored' | 'deflated';
  crc32: number;
  compressedSize: number;
  /** The expanded size the central directory declares. */
  size: number;
  /** Where the entry's local header starts, and where its data starts and ends. */
  localOffset: number;
  dataStart: number;
  dataEnd: number;
};

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const END_SIZE = 22;

function zipError(reason: string, text: UserMessage, entry?: string): UserFacingError {
  return new UserFacingError(
    `bundle.zip.${reason}`,
    text,
    entry === undefined ? {} : { field: entry },
  );
}

function truncated(): UserFacingError {
  return zipError('truncated', {
    th: 'แฟ้ม ZIP ไม่ครบ (อาจคัดลอกมาไม่หมด)',
    en: 'The ZIP file is incomplete (it may not have been copied whole)',
  });
}

/** Finds the end-of-central-directory record, which must end the file exactly. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - 0xffff);
  for (let at = bytes.length - END_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_SIG) continue;
    if (at + END_SIZE + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  throw truncated();
}

/** Parses and checks the central directory; inflates nothing. */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: ZipLimits = defaultZipLimits,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < END_SIZE) throw truncated();
  const end = findEnd(bytes, view);
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  const centralOffset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw zipError('multi-disk', {
      th: 'ไม่รับ ZIP แบบหลายแผ่น',
      en: 'Split ZIP archives are not accepted',
    });
  }
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    throw zipError('zip64', { th: 'ไม่รับ ZIP64', en: 'ZIP64 archives are not accepted' });
  }
  if (count !== view.getUint16(end + 8, true)) throw truncated();
  if (count > limits.maxEntries) {
    throw zipError('too-many-entries', {
      th: `แฟ้มมี ${count} รายการ เกินที่รับได้ ${limits.maxEntries} รายการ`,
      en: `The archive has ${count} entries, more than the ${limits.maxEntries} accepted`,
    });
  }
  if (centralOffset + centralSize !== end) throw truncated();

  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) throw truncated();
    const flags = view.getUint16(at + 8, true);
    const methodCode = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const recordEnd =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (recordEnd > end) throw truncated();
    const name = decodeUtf8(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name: name ?? '',
      method: methodCode === 8 ? 'deflated' : 'stored',
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      dataStart: 0,
      dataEnd: 0,
    };
    at = recordEnd;
    if (name === null) throw badName('?', { th: 'ชื่อไม่ใช่ UTF-8', en: 'the name is not UTF-8' });
    const problem = entryNameProblem(name);
    if (problem) throw badName(name, problem);
    const key = nameCollisionKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw zipError(
        'duplicate',
        {
          th: `ชื่อ "${name}" ซ้ำกับ "${earlier}"`,
          en: `The name "${name}" duplicates "${earlier}"`,
        },
        name,
      );
    }
    seen.set(key, name);
    if (flags & 0x0001) {
      throw zipError(
        'encrypted',
        { th: `"${name}" เข้ารหัสแบบ ZIP`, en: `"${name}" uses ZIP encryption` },
        name,
      );
    }
    if (methodCode !== 0 && methodCode !== 8) {
      throw zipError(
        'method',
        {
          th: `"${name}" บีบอัดด้วยวิธีที่ไม่รองรับ`,
          en: `"${name}" uses an unsupported compression method`,
        },
        name,
      );
    }
    if (entry.method === 'stored' && entry.compressedSize !== entry.size) throw sizeMismatch(name);
    checkExpansion(entry, limits);
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw zipError('too-large', {
        th: `ข้อมูลเมื่อขยายแล้วเกิน ${limits.maxTotalBytes} ไบต์`,
        en: `The archive would expand past ${limits.maxTotalBytes} bytes`,
      });
    }
    entries.push(entry);
  }
  if (at !== end) throw truncated();
  locateData(bytes, view, entries, centralOffset);
  return entries;
}

function checkExpansion(entry: ZipEntry, limits: ZipLimits): void {
  if (entry.size <= limits.ratioFloorBytes) return;
  if (entry.size > entry.compressedSize * limits.maxRatio) {
    throw zipError(
      'ratio',
      {
        th: `"${entry.name}" ขยายได้มากผิดปกติ (อาจเป็นแฟ้มระเบิด ZIP)`,
        en: `"${entry.name}" claims an absurd expansion ratio (a possible zip bomb)`,
      },
      entry.name,
    );
  }
}

/** Reads each local header, then refuses data that overlaps another entry or runs past its place. */
function locateData(bytes: Uint8Array, view: DataView, entries: ZipEntry[], limit: number): void {
  for (const entry of entries) {
    if (entry.localOffset + 30 > limit) throw truncated();
    entry.dataStart =
      entry.localOffset +
      30 +
      view.getUint16(entry.localOffset + 26, true) +
      view.getUint16(entry.localOffset + 28, true);
    entry.dataEnd = entry.dataStart + entry.compressedSize;
    if (entry.dataEnd > limit)
      throw entry.dataEnd > bytes.length ? truncated() : overlap(entry.name);
  }
  // bundle-format.md: entries must not overlap in the archive.
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.localOffset < ordered[i - 1]!.dataEnd) throw overlap(ordered[i]!.name);
  }
  for (const entry of entries) {
    const nameLength = view.getUint16(entry.localOffset + 26, true);
    const localName = decodeUtf8(
      bytes.subarray(entry.localOffset + 30, entry.localOffset + 30 + nameLength),
    );
    if (view.getUint32(entry.localOffset, true) !== LOCAL_SIG || localName !== entry.name) {
      throw zipError(
        'local-header',
        {
          th: `ส่วนหัวของ "${entry.name}" ไม่ตรงกับสารบัญของแฟ้ม`,
          en: `The local header of "${entry.name}" disagrees with the central directory`,
        },
        entry.name,
      );
    }
  }
}

/**
 * Expands one entry, refusing output that differs from the declared size or CRC. A caller that
 * checks the entry's SHA-256 itself may skip the CRC, which that check makes redundant.
 */
export function extractZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  { checkCrc = true }: { checkCrc?: boolean } = {},
): Uint8Array {
  const raw = bytes.subarray(entry.dataStart, entry.dataEnd);
  let data: Uint8Array;
  if (entry.method === 'stored') {
    data = raw;
  } else {
    try {
      // One byte of room past the declared size: output that fills it expanded too far.
      data = inflateSync(raw, { out: new Uint8Array(entry.size + 1) });
    } catch {
      throw zipError(
        'corrupt',
        {
          th: `"${entry.name}" เสียหาย ขยายไม่ได้`,
          en: `"${entry.name}" is damaged and cannot be expanded`,
        },
        entry.name,
      );
    }
  }
  if (data.length !== entry.size) throw sizeMismatch(entry.name);
  if (checkCrc && crc32(data) !== entry.crc32) {
    throw zipError(
      'crc',
      {
        th: `"${entry.name}" เสียหาย (CRC ไม่ตรง)`,
        en: `"${entry.name}" is damaged (its CRC does not match)`,
      },
      entry.name,
    );
  }
  return data;
}

function badName(name: string, problem: UserMessage): UserFacingError {
  return zipError(
    'name',
    {
      th: `ชื่อรายการ "${name}" ใช้ไม่ได้: ${problem.th}`,
      en: `The entry name "${name}" is refused: ${problem.en}`,
    },
    name,
  );
}

function overlap(name: string): UserFacingError {
  return zipError(
    'overlap',
    {
      th: `"${name}" ซ้อนทับกับรายการอื่นในแฟ้ม`,
      en: `"${name}" overlaps another entry in the archive`,
    },
    name,
  );
}

function sizeMismatch(name: string): UserFacingError {
  return zipError(
    'size',
    {
      th: `ขนาดของ "${name}" ไม่ตรงกับที่ประกาศไว้`,
      en: `"${name}" does not expand to its declared size`,
    },
    name,
  );
}
