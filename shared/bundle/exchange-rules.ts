// Pure decisions about a verified records bundle (bundle-format.md, "Reading a bundle"): its place in
// the issuer's history, whether its issuer may write each record, and what applying it would do.
import { UserFacingError, type UserMessage } from '../errors';
import { DEPARTMENT_CODE } from '../domain/organisations/codes';
import type { VersionVector } from '../domain/records/exchange-fields';
import { compareVectors } from '../domain/records/version-vector';
import type { Manifest } from './manifest';
import {
  exchangedRecordSchemas,
  isExchangedTable,
  type ExchangedRecordOf,
  type ExchangedTable,
} from './record-schemas';

/** A bundle from the same issuer applied earlier, as the exchange log remembers it. */
export type AppliedBundle = { sequence: number; manifestSha256: string; upTo: number };

export type OrderVerdict = { kind: 'new' } | { kind: 'no-op'; reason: UserMessage };

function refusal(reason: string, th: string, en: string, field?: string): UserFacingError {
  return new UserFacingError(`bundle.${reason}`, { th, en }, field === undefined ? {} : { field });
}

/**
 * bundle-format.md: `sequence` above the last applied (the last one again is a no-op), `since` not
 * above the highest `upTo` applied, `previous` the manifest applied with `sequence − 1`.
 */
export function judgeOrder(
  manifest: Manifest,
  manifestSha256: string,
  applied: readonly AppliedBundle[],
): OrderVerdict {
  const { issuer, sequence } = manifest;
  const last = applied.reduce<AppliedBundle | null>(
    (best, b) => (best === null || b.sequence > best.sequence ? b : best),
    null,
  );
  if (last && sequence === last.sequence && manifestSha256 === last.manifestSha256) {
    return {
      kind: 'no-op',
      reason: {
        th: `ชุดข้อมูลลำดับที่ ${sequence} จาก ${issuer} นำเข้าไปแล้ว ไม่มีอะไรเปลี่ยน`,
        en: `Bundle ${sequence} from ${issuer} was already applied; nothing changed`,
      },
    };
  }
  if (last && sequence <= last.sequence) {
    throw refusal(
      'order.sequence',
      `ชุดข้อมูลลำดับที่ ${sequence} จาก ${issuer} เก่ากว่าลำดับที่ ${last.sequence} ที่นำเข้าแล้ว`,
      `Bundle ${sequence} from ${issuer} is not newer than bundle ${last.sequence}, already applied`,
      'sequence',
    );
  }
  const highest = applied.reduce((max, b) => Math.max(max, b.upTo), 0);
  if (manifest.since > highest) {
    throw refusal(
      'order.gap',
      `ชุดข้อมูลจาก ${issuer} เริ่มหลังการเปลี่ยนแปลงที่ ${manifest.since} แต่ที่นี่มีถึง ${highest} เท่านั้น ข้อมูลจะขาดหาย โปรดขอให้ ${issuer} ส่งการเปลี่ยนแปลงหลังที่ ${highest}`,
      `The bundle from ${issuer} starts after change ${manifest.since}, but changes are applied here only up to ${highest}. Ask ${issuer} for its changes after ${highest}.`,
      'since',
    );
  }
  // A lost bundle leaves no entry for sequence − 1: the next one heals it (its since covers it).
  const before = applied.find((b) => b.sequence === sequence - 1);
  if (before && manifest.previous !== before.manifestSha256) {
    throw refusal(
      'order.forked',
      `ประวัติของ ${issuer} แยกสาย: ชุดข้อมูลลำดับที่ ${sequence} ไม่ได้ต่อจากลำดับที่ ${sequence - 1} ที่นำเข้าไว้ โปรดติดต่อผู้ดูแลของ ${issuer}`,
      `The history of ${issuer} has forked: bundle ${sequence} does not follow bundle ${sequence - 1} as applied here. Contact ${issuer}'s administrator.`,
      'previous',
    );
  }
  return { kind: 'new' };
}

/**
 * bundle-format.md: ownership is per record. A centre writes only its own records; the department
 * writes its own records, registrations and the organisations list, and never a centre's volunteer.
 */
export function mayWrite(
  issuerOrganisation: string,
  table: ExchangedTable,
  owner: string,
): boolean {
  if (issuerOrganisation === DEPARTMENT_CODE) {
    return owner === DEPARTMENT_CODE || table === 'registrations' || table === 'organisations';
  }
  return owner === issuerOrganisation;
}

/** Checks that the bundle is a records bundle for `recipient` before anything else. */
export function checkAddressedTo(manifest: Manifest, recipient: string): void {
  if (manifest.kind !== 'records') {
    throw refusal(
      'records.kind',
      'ชุดข้อมูลนี้ไม่ใช่ชุดข้อมูลระเบียน',
      'This bundle does not carry records',
      'kind',
    );
  }
  if (manifest.recipient !== recipient) {
    throw refusal(
      'records.recipient',
      `ชุดข้อมูลนี้ส่งถึง ${manifest.recipient} ไม่ใช่ ${recipient}`,
      `This bundle is addressed to ${manifest.recipient}, not ${recipient}`,
      'recipient',
    );
  }
}

export type ParsedTables = { [T in ExchangedTable]?: ExchangedRecordOf<T>[] };

/** Every record through its table's schema, and its owner through `mayWrite`; throws the first failure. */
export function parseRecords(
  manifest: Manifest,
  tables: Record<string, readonly unknown[]>,
): ParsedTables {
  const out: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(tables)) {
    const path = `data/${name}.ndjson`;
    if (!isExchangedTable(name)) {
      throw refusal(
        'records.table',
        `โปรแกรมนี้ไม่รู้จักตาราง "${name}" โปรดปรับรุ่นโปรแกรม`,
        `This app does not know the table "${name}"; update the app`,
        path,
      );
    }
    out[name] = records.map((record, i) => {
      const where = `${path}, row ${i + 1}`;
      const result = exchangedRecordSchemas[name].safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const field = issue.path.map(String).join('.') || '(record)';
        throw new UserFacingError(
          'bundle.records.schema',
          {
            th: `ระเบียนใน ${path} แถวที่ ${i + 1} ไม่ถูกต้องที่ ${field}: ${issue.message}`,
            en: `A record in ${path}, row ${i + 1}, is not valid at ${field}: ${issue.message}`,
          },
          { row: i + 1, field: `${where}: ${field}` },
        );
      }
      if (!mayWrite(manifest.organisation, name, result.data.owner)) {
        throw new UserFacingError(
          'bundle.records.owner',
          {
            th: `ระเบียนใน ${path} แถวที่ ${i + 1} เป็นของ ${result.data.owner} ซึ่ง ${manifest.organisation} ไม่มีสิทธิ์แก้ไข`,
            en: `A record in ${path}, row ${i + 1}, belongs to ${result.data.owner}, which ${manifest.organisation} may not write`,
          },
          { row: i + 1, field: path },
        );
      }
      return result.data;
    });
  }
  return out as ParsedTables;
}

export type ApplyEffect = 'added' | 'updated' | 'unchanged' | 'conflicts';

/** bundle-format.md: `in` dominates → replace; equal or dominated → unchanged; else a conflict. */
export function effectOf(incoming: VersionVector, local: VersionVector | undefined): ApplyEffect {
  if (!local) return 'added';
  const order = compareVectors(incoming, local);
  if (order === 'dominates') return 'updated';
  if (order === 'concurrent') return 'conflicts';
  return 'unchanged';
}
