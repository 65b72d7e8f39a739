// Writes a ZIP archive: stored or deflated entries, UTF-8 names, a fixed timestamp, same bytes each time.
import { deflateSync } from 'fflate';
import { UserFacingError } from '../errors';
import { joinBytes, utf8 } from './bytes';
import { crc32 } from './crc32';

export type ZipMethod = 'stored' | 'deflated';
export type ZipInput = { name: string; data: Uint8Array; method: ZipMethod };

const FLAG_UTF8 = 0x0800;
const VERSION = 20;
// 1980-01-01 00:00:00, the earliest MS-DOS date: entries carry no real time, so output is repeatable.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX_U32 = 0xffffffff;

export function writeZip(entries: readonly ZipInput[]): Uint8Array {
  if (entries.length > 0xffff) throw tooLarge();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const body = entry.method === 'deflated' ? deflateSync(entry.data, { level: 6 }) : entry.data;
    if (entry.data.length >= MAX_U32 || body.length >= MAX_U32) throw tooLarge();
    const fields = {
      method: entry.method === 'deflated' ? 8 : 0,
      crc: crc32(entry.data),
      compressedSize: body.length,
      size: entry.data.length,
      nameLength: name.length,
    };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    writeCommon(local, 4, fields);
    parts.push(new Uint8Array(local.buffer), name, body);

    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, VERSION, true);
    writeCommon(record, 6, fields);
    // extra, comment, disk, internal and external attributes stay zero
    record.setUint32(42, offset, true);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + body.length;
    if (offset >= MAX_U32) throw tooLarge();
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return joinBytes([...parts, ...central, new Uint8Array(end.buffer)]);
}

type CommonFields = {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
};

/** The run shared by local and central headers: version needed … name length (then extra length 0). */
function writeCommon(view: DataView, at: number, fields: CommonFields): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, FLAG_UTF8, true);
  view.setUint16(at + 4, fields.method, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.compressedSize, true);
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, fields.nameLength, true);
}

function tooLarge(): UserFacingError {
  return new UserFacingError('bundle.zip.too-large', {
    th: 'ข้อมูลมากเกินกว่าจะเขียนเป็นแฟ้ม ZIP เดียว (ไม่เกิน 4 GiB และ 65,535 รายการ)',
    en: 'Too much data for one ZIP file (at most 4 GiB and 65,535 entries)',
  });
}
