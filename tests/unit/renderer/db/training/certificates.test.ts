import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import {
  certificateFactsOf,
  issueCertificates,
  runningNumberKey,
} from '@renderer/db/training/certificates';
import { overrideCompletion } from '@renderer/db/training/completion';
import { createWriter } from '@renderer/db/write';
import { checkCertificate, type CertificateSigner } from '@shared/bundle/certificate-signature';
import { generateMinisignKeyPair, signMinisign } from '@shared/bundle/minisign';
import type { TrustedKey } from '@shared/bundle/read-bundle';
import { centre, roundWith, type RoundFixture } from './completion-fixture';

let db: AppDB | undefined;
afterEach(() => db?.close());

const keys = generateMinisignKeyPair();
/** Signs as the host's keys:sign does: the whole .minisig text, from a real minisign secret key. */
const sign: CertificateSigner = async (message, trustedComment) =>
  signMinisign(message, keys.secretKey, trustedComment);
const trust = (id: string): TrustedKey | null =>
  id === centre.installationId ? { ...keys.publicKey, revokedAt: null } : null;

async function fixture(...args: Parameters<typeof roundWith>): Promise<RoundFixture> {
  const made = await roundWith(...args);
  db = made.db;
  return made;
}

/** Three participants: the first two complete (3 of 4 sessions), the third does not. */
async function roundOfThree(): Promise<RoundFixture> {
  const f = await fixture([
    { firstNameTh: 'สมชาย', lastNameTh: 'ใจดี', titleCode: 'mr' },
    { firstNameTh: 'กิ่งแก้ว', lastNameTh: 'ศรีสุข', titleCode: 'miss' },
    { firstNameTh: 'ประยูร', lastNameTh: 'มีสุข', titleCode: 'mr' },
  ]);
  await f.attend(0, 0, 1, 2);
  await f.attend(1, 0, 1, 2, 3);
  await f.attend(2, 0);
  return f;
}

const issue = (f: RoundFixture, ids?: string[], issuedOn = '2026-03-22') =>
  issueCertificates(f.db, f.writer, centre, sign, f.round.id, ids, { issuedOn });

const certificatesOf = async (f: RoundFixture) =>
  (await f.db.participants.where('roundId').equals(f.round.id).sortBy('number')).map(
    (p) => p.certificate,
  );

describe('issuing certificates', () => {
  it('numbers and signs one for each completed participant, with the facts printed', async () => {
    const f = await roundOfThree();
    const progress: number[] = [];
    const result = await issueCertificates(f.db, f.writer, centre, sign, f.round.id, undefined, {
      issuedOn: '2026-03-22',
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ issued: 2, numbers: ['C6501-1/2569/0001', 'C6501-1/2569/0002'] });
    expect(progress).toEqual([1, 2]);
    const [first, second, third] = await certificatesOf(f);
    expect(first).toMatchObject({
      number: 'C6501-1/2569/0001',
      issuedOn: '2026-03-22',
      issuedBy: 'C6501-1',
    });
    expect(third).toBeNull();
    const check = checkCertificate(second!.code, trust);
    expect(check).toEqual({
      ok: true,
      facts: {
        v: 1,
        no: 'C6501-1/2569/0002',
        name: 'นางสาวกิ่งแก้ว ศรีสุข',
        course: 'การพัฒนาศักยภาพ อพม. ด้านการจัดการรายกรณี',
        round: 2,
        from: '2026-03-21',
        to: '2026-03-22',
        org: 'C6501',
        by: 'C6501-1',
        on: '2026-03-22',
      },
    });
    expect(certificateFactsOf(first!.code)?.name).toBe('นายสมชาย ใจดี');
    expect((await f.db.meta.get(runningNumberKey('C6501-1', '2026-03-22')))?.value).toBe(2);
  });

  it('writes all of them in one audit entry, after signing them all', async () => {
    const f = await roundOfThree();
    await issue(f);
    const entries = (await f.db.audit.toArray()).filter((e) => e.table === 'participants');
    const issued = entries.filter((e) => e.kind === 'update');
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ fields: ['certificate'] });
    expect(issued[0]!.recordIds).toHaveLength(2);
  });

  it('issues none twice, and goes on with the running number for those who complete later', async () => {
    const f = await roundOfThree();
    await issue(f);
    expect(await issue(f)).toEqual({ issued: 0, numbers: [] });
    await overrideCompletion(f.writer, f.participants[2]!.id, true, 'ป่วย มีใบรับรองแพทย์');
    expect((await issue(f)).numbers).toEqual(['C6501-1/2569/0003']);
    const numbers = (await certificatesOf(f)).map((c) => c?.number);
    expect(new Set(numbers).size).toBe(3);
  });

  it('issues only to the participants named, when named', async () => {
    const f = await roundOfThree();
    const result = await issue(f, [f.participants[1]!.id, f.participants[2]!.id]);
    expect(result.numbers).toEqual(['C6501-1/2569/0001']);
    const [first, second] = await certificatesOf(f);
    expect(first).toBeNull();
    expect(second?.number).toBe('C6501-1/2569/0001');
  });

  it('keeps a running number per Buddhist-era year', async () => {
    const f = await roundOfThree();
    await issue(f, [f.participants[0]!.id], '2026-12-31');
    await issue(f, [f.participants[1]!.id], '2027-01-02');
    const [first, second] = await certificatesOf(f);
    expect(first?.number).toBe('C6501-1/2569/0001');
    expect(second?.number).toBe('C6501-1/2570/0001');
  });

  it('takes fresh numbers when another window issued while these were being signed', async () => {
    const f = await roundOfThree();
    const key = runningNumberKey('C6501-1', '2026-03-22');
    let interfered = false;
    const signWhileAnotherIssues: CertificateSigner = async (message, comment) => {
      if (!interfered) {
        interfered = true;
        await f.db.meta.put({ key, value: 5 });
      }
      return sign(message, comment);
    };
    const result = await issueCertificates(
      f.db,
      f.writer,
      centre,
      signWhileAnotherIssues,
      f.round.id,
      undefined,
      { issuedOn: '2026-03-22' },
    );
    expect(result.numbers).toEqual(['C6501-1/2569/0006', 'C6501-1/2569/0007']);
    const [first] = await certificatesOf(f);
    expect(checkCertificate(first!.code, trust)).toMatchObject({
      ok: true,
      facts: { no: 'C6501-1/2569/0006' },
    });
    expect((await f.db.meta.get(key))?.value).toBe(7);
  });

  it('writes nothing when signing fails part way', async () => {
    const f = await roundOfThree();
    let calls = 0;
    const failing: CertificateSigner = async (message, comment) => {
      calls += 1;
      if (calls === 2) throw new Error('the key store is locked');
      return sign(message, comment);
    };
    await expect(
      issueCertificates(f.db, f.writer, centre, failing, f.round.id, undefined, {
        issuedOn: '2026-03-22',
      }),
    ).rejects.toThrow('the key store is locked');
    expect(await certificatesOf(f)).toEqual([null, null, null]);
    expect(await f.db.meta.get(runningNumberKey('C6501-1', '2026-03-22'))).toBeUndefined();
  });

  it('refuses a round another organisation runs, before signing anything', async () => {
    const other = { installationId: 'C6502-1', organisation: 'C6502' };
    const f = await fixture([{ firstNameTh: 'สมชาย' }], undefined, other);
    await f.attend(0, 0, 1, 2, 3);
    let signed = 0;
    const counting: CertificateSigner = async (message, comment) => {
      signed += 1;
      return sign(message, comment);
    };
    await expect(
      issueCertificates(f.db, createWriter(f.db, centre), centre, counting, f.round.id),
    ).rejects.toMatchObject({ code: 'certificates.not-organiser' });
    expect(signed).toBe(0);
  });
});
