import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesHandlers, type FileDialogs } from '../../../../electron/ipc/files';
import { parseHostArgs } from '../../../../shared/host';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'opm-save-many-'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

/** Stands in for the operating system's dialogs: the person picks `folder`, or cancels. */
function dialogsPicking(folder: string | null): FileDialogs {
  return {
    chooseFilesToOpen: async () => [],
    chooseSavePath: async () => null,
    chooseFolder: async () => folder,
  };
}

const releases = parseHostArgs('files:save-many', {
  title: 'releases',
  files: [
    { suggestedName: 'DSDW-1-000007-20261123.opmb', bytes: new Uint8Array([1, 2]) },
    { suggestedName: 'DSDW-1-000008-20261123.opmb', bytes: new Uint8Array([3]) },
  ],
});

describe('files:save-many', () => {
  it('writes every file into the folder the person picks, under its own name', async () => {
    const saved = await filesHandlers(dialogsPicking(base))['files:save-many']!(releases);
    expect(saved).toEqual({
      saved: true,
      folder: path.basename(base),
      names: ['DSDW-1-000007-20261123.opmb', 'DSDW-1-000008-20261123.opmb'],
    });
    expect((await readdir(base)).sort()).toEqual(saved.saved ? saved.names : []);
    expect([...(await readFile(path.join(base, 'DSDW-1-000008-20261123.opmb')))]).toEqual([3]);
  });

  it('saves nothing when the person cancels', async () => {
    const saved = await filesHandlers(dialogsPicking(null))['files:save-many']!(releases);
    expect(saved).toEqual({ saved: false });
    expect(await readdir(base)).toEqual([]);
  });

  it('refuses names with folders in them, or twice the same name', () => {
    const file = { bytes: new Uint8Array([1]) };
    expect(() =>
      parseHostArgs('files:save-many', {
        title: 't',
        files: [{ ...file, suggestedName: '../x.opmb' }],
      }),
    ).toThrow();
    expect(() =>
      parseHostArgs('files:save-many', {
        title: 't',
        files: [
          { ...file, suggestedName: 'A.opmb' },
          { ...file, suggestedName: 'a.opmb' },
        ],
      }),
    ).toThrow(/differ/);
  });
});
