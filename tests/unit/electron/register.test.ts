import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appHandlers } from '../../../electron/ipc/app';
import { backupHandlers } from '../../../electron/ipc/backup';
import type { FileDialogs } from '../../../electron/ipc/files';
import { filesHandlers } from '../../../electron/ipc/files';
import type { AreaHandlers } from '../../../electron/ipc/handlers';
import { keysHandlers } from '../../../electron/ipc/keys';
import { printHandlers } from '../../../electron/ipc/print';
import type { Handle } from '../../../electron/ipc/register';
import { listenerFor, registerHostHandlers } from '../../../electron/ipc/register';
import type { IpcCall } from '../../../electron/ipc/sender';
import { openKeyStore } from '../../../electron/services/key-store';
import { hostChannels } from '../../../shared/host';

/** Stands in for the operating system's dialogs: the user cancels every one. */
const cancellingDialogs: FileDialogs = {
  chooseFilesToOpen: async () => [],
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
};
/** A keystore that cannot seal: nothing here reaches a secret key. */
const unavailableKeystore = {
  isEncryptionAvailable: () => false,
  backend: () => 'unknown',
  encryptString: () => {
    throw new Error('not available');
  },
  decryptString: () => {
    throw new Error('not available');
  },
};
const noPrinting = () => {
  throw new Error('printing is not part of these tests');
};

let backups: string;
beforeEach(async () => {
  backups = await mkdtemp(path.join(tmpdir(), 'opm-register-'));
});
afterEach(async () => {
  await rm(backups, { recursive: true, force: true });
});

function allAreas(): AreaHandlers[] {
  return [
    appHandlers({ version: '0.1.0', platform: 'linux' }),
    filesHandlers(cancellingDialogs),
    printHandlers(noPrinting, cancellingDialogs),
    backupHandlers(backups),
    keysHandlers(openKeyStore(path.join(backups, 'keys'), unavailableKeystore)),
  ];
}

type Listener = (call: IpcCall, arg: unknown) => Promise<unknown>;

function register(areas: AreaHandlers[]): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  const handle: Handle = (channel, listener) => {
    if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    listeners.set(channel, listener);
  };
  registerHostHandlers(areas, handle);
  return listeners;
}

const ownPage: IpcCall = { senderFrame: { url: 'app://opm-centre/index.html' } };
const webPage: IpcCall = { senderFrame: { url: 'https://example.org/' } };

describe('registerHostHandlers', () => {
  it('registers exactly one handler for every channel of the host contract', () => {
    const listeners = register(allAreas());
    expect([...listeners.keys()].sort()).toEqual([...hostChannels].sort());
  });

  it('refuses two areas answering the same channel', () => {
    const twice = [...allAreas(), appHandlers({ version: '9.9.9', platform: 'linux' })];
    expect(() => register(twice)).toThrow('2 handlers for host channel app:info');
  });

  it('refuses a contract channel no area answers', () => {
    const withoutBackups = allAreas().slice(0, 3);
    expect(() => register(withoutBackups)).toThrow('No handler for host channel backup:write');
  });

  it('refuses a handler for a channel outside the contract', () => {
    // A handler the contract does not know, as a careless change could add one.
    const extra = { 'app:quit': async () => undefined } as unknown as AreaHandlers;
    expect(() => register([...allAreas(), extra])).toThrow('outside the host contract: app:quit');
  });
});

describe('a registered handler', () => {
  it('answers a call from our own page', async () => {
    const reply = await register(allAreas()).get('app:info')?.(ownPage, undefined);
    expect(reply).toEqual({
      ok: true,
      value: { version: '0.1.0', kind: 'electron', platform: 'linux' },
    });
  });

  it('refuses a call from any other page without running the service', async () => {
    const write = register(allAreas()).get('backup:write');
    const arg = { name: 'b.opmb', bytes: new Uint8Array([1]) };
    for (const call of [webPage, { senderFrame: null }]) {
      const reply = await write?.(call, arg);
      expect(reply).toMatchObject({ ok: false, failure: { code: 'host-refused-sender' } });
    }
    expect(await readdir(backups)).toEqual([]);
  });

  it('refuses a malformed argument before the service sees it', async () => {
    const write = register(allAreas()).get('backup:write');
    const reply = await write?.(ownPage, { name: '../escape', bytes: new Uint8Array([1]) });
    expect(reply).toMatchObject({
      ok: false,
      failure: { code: 'host-bad-request', where: { field: 'backup:write' } },
    });
    expect(await readdir(backups)).toEqual([]);
  });

  it('sends a user-facing error back as plain data in Thai and English', async () => {
    const reply = await register(allAreas()).get('backup:read')?.(ownPage, { name: 'gone.opmb' });
    expect(reply).toEqual({
      ok: false,
      failure: {
        name: 'UserFacingError',
        code: 'backup-not-found',
        message: 'backup-not-found: Backup "gone.opmb" was not found.',
        text: { th: 'ไม่พบข้อมูลสำรอง "gone.opmb"', en: 'Backup "gone.opmb" was not found.' },
        where: {},
      },
    });
    expect(structuredClone(reply)).toEqual(reply);
  });

  it('hides an unexpected error behind a general message, with no stack or path', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = listenerFor('app:info', async () => {
      throw new Error('ENOENT /home/somchai/.config/secret');
    });
    const reply = await failing(ownPage, undefined);
    expect(reply).toMatchObject({ ok: false, failure: { code: 'host-failed' } });
    expect(JSON.stringify(reply)).not.toMatch(/somchai|ENOENT|at /);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('refuses a key backup password shorter than 10 characters before the key store sees it', async () => {
    const backup = register(allAreas()).get('keys:backup');
    expect(await backup?.(ownPage, { password: 'short' })).toMatchObject({
      ok: false,
      failure: { code: 'host-bad-request', where: { field: 'keys:backup' } },
    });
  });

  it('refuses keys for something that is not an installation id', async () => {
    const create = register(allAreas()).get('keys:create');
    for (const installationId of ['C6501', 'C65-1', 'DSDW-0', '../C6501-1']) {
      expect(await create?.(ownPage, { installationId })).toMatchObject({
        ok: false,
        failure: { code: 'host-bad-request' },
      });
    }
    expect(await create?.(ownPage, { installationId: 'C6501-1' })).toMatchObject({
      ok: false,
      failure: { code: 'keys.keystore-unavailable' },
    });
  });

  it('saves nothing when the user cancels the save dialog', async () => {
    const save = register(allAreas()).get('files:save');
    const arg = { suggestedName: 'report.pdf', bytes: new Uint8Array([1]), filters: [] };
    expect(await save?.(ownPage, arg)).toEqual({ ok: true, value: { saved: false } });
  });
});
