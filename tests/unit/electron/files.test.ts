import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/errors';
import { writeFailure } from '../../../electron/services/file-errors';
import { readFileLimited, writeFileAtomic } from '../../../electron/services/files';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'opm-files-'));
});
afterEach(async () => {
  await chmod(base, 0o700);
  await rm(base, { recursive: true, force: true });
});

/** Runs `work` as a user folder permissions apply to: root ignores them, so drop to 'nobody'. */
async function withoutRoot<T>(work: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0 || process.seteuid === undefined) return work();
  process.seteuid(65534);
  try {
    return await work();
  } finally {
    process.seteuid(0);
  }
}

async function caught(work: Promise<unknown>): Promise<UserFacingError> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UserFacingError)) throw new Error(`expected a UserFacingError: ${error}`);
  return error;
}

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const target = path.join(base, 'ทะเบียน อพม.xlsx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    await writeFileAtomic(target, new Uint8Array([4, 5]));
    expect([...(await readFile(target))]).toEqual([4, 5]);
    expect(await readdir(base)).toEqual(['ทะเบียน อพม.xlsx']);
  });

  it('leaves the old file intact when the write fails', async () => {
    const folder = path.join(base, 'read-only');
    await mkdir(folder);
    const target = path.join(folder, 'volunteers.opmb');
    await writeFile(target, 'old content');
    await chmod(base, 0o755);
    await chmod(folder, 0o555);

    const error = await caught(withoutRoot(() => writeFileAtomic(target, new Uint8Array([9]))));

    await chmod(folder, 0o755);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['volunteers.opmb']);
    expect(error.code).toBe('file-no-permission');
    expect(error.text.th).toContain('ไม่มีสิทธิ์เขียนไฟล์');
    expect(error.text.th).toContain('ไม่มีไฟล์ใดถูกเขียนทับ');
    expect(error.text.en).toContain('No permission');
    expect(error.text.en).toContain('Nothing was overwritten');
  });

  it('explains a save into a folder that does not exist', async () => {
    const target = path.join(base, 'missing', 'report.pdf');
    const error = await caught(writeFileAtomic(target, new Uint8Array([1])));
    expect(error.code).toBe('file-write-failed');
    expect(error.text.en).toBe('"report.pdf" could not be saved. Nothing was overwritten.');
  });
});

describe('writeFailure', () => {
  it.runIf(process.platform === 'linux')(
    'says the disk is full for ENOSPC, from a real write to /dev/full',
    async () => {
      const full = await writeFile('/dev/full', new Uint8Array(1024)).then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(full).toMatchObject({ code: 'ENOSPC' });
      const error = writeFailure(full, 'backup.opmb');
      expect(error.code).toBe('file-disk-full');
      expect(error.text.th).toBe(
        'ดิสก์เต็ม จึงบันทึก "backup.opmb" ไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียนทับ กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง',
      );
      expect(error.text.en).toBe(
        'The disk is full, so "backup.opmb" was not saved. Nothing was overwritten. Free some space and try again.',
      );
    },
  );
});

describe('readFileLimited', () => {
  it('reads a file up to the limit', async () => {
    const file = path.join(base, 'bundle.opmb');
    await writeFile(file, new Uint8Array(1000));
    expect((await readFileLimited(file, 1000)).byteLength).toBe(1000);
  });

  it('refuses a file over the limit', async () => {
    const file = path.join(base, 'big.opmb');
    await writeFile(file, new Uint8Array(3 * 1024 * 1024 + 1));
    const error = await caught(readFileLimited(file, 3 * 1024 * 1024));
    expect(error.code).toBe('file-too-large');
    expect(error.text.th).toBe('ไฟล์ "big.opmb" ใหญ่เกิน 3 MB จึงไม่ได้เปิด');
    expect(error.text.en).toBe('"big.opmb" is larger than 3 MB, so it was not opened.');
  });

  it('explains a missing file and a folder', async () => {
    expect((await caught(readFileLimited(path.join(base, 'gone.xlsx'), 10))).code).toBe(
      'file-not-found',
    );
    expect((await caught(readFileLimited(base, 10))).code).toBe('file-not-a-file');
  });
});
