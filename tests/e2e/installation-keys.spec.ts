// This installation's keys in the web host, in real Chromium: non-extractable WebCrypto keys kept in
// IndexedDB sign what minisign verifies and unwrap the file keys of what age encrypted. The app's
// own modules (the web host, the bundle code) are built into one script, loaded into the app's page
// under its own CSP, and driven from there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import type { hostIdentity } from '../../renderer/host/installation-crypto';
import { generateAgeKeyPair } from '../../shared/bundle/age';
import { backupOf, publicKeysOf } from '../../shared/bundle/installation-keys';
import { generateMinisignKeyPair, signMinisign } from '../../shared/bundle/minisign';
import type * as AgeModule from '../../shared/bundle/age';
import type * as MinisignModule from '../../shared/bundle/minisign';
import type { Host } from '../../shared/host';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Where the built modules are served from, on the app's own origin. */
const servedAt = '__installation-keys-e2e';
const scriptName = 'entry.js';
const entryId = 'virtual:installation-keys-e2e';
// Exposes the modules under test to the page; the app itself exposes nothing on window.
const entrySource = `
  import { webHost } from '@renderer/host/web';
  import { hostIdentity, hostSigner } from '@renderer/host/installation-crypto';
  import * as age from '@shared/bundle/age';
  import * as minisign from '@shared/bundle/minisign';
  window.installationKeysE2e = { webHost, hostIdentity, hostSigner, age, minisign };
`;

type Modules = {
  webHost: Host;
  hostIdentity: typeof hostIdentity;
  age: typeof AgeModule;
  minisign: typeof MinisignModule;
};
declare global {
  var installationKeysE2e: Modules;
}

let built: string;
let work: string;

test.beforeAll(async () => {
  built = mkdtempSync(path.join(tmpdir(), 'opm-keys-e2e-build-'));
  work = mkdtempSync(path.join(tmpdir(), 'opm-keys-e2e-tools-'));
  await build({
    configFile: false,
    root: repo,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('e2e') },
    resolve: {
      alias: {
        '@shared': path.join(repo, 'shared'),
        '@renderer': path.join(repo, 'renderer'),
      },
    },
    plugins: [
      {
        name: 'installation-keys-e2e-entry',
        resolveId: (id) => (id === entryId ? `\0${entryId}` : null),
        load: (id) => (id === `\0${entryId}` ? entrySource : null),
      },
    ],
    build: {
      outDir: built,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      rolldownOptions: { input: entryId, output: { format: 'es', entryFileNames: scriptName } },
    },
  });
});

test.afterAll(() => {
  for (const dir of [built, work]) rmSync(dir, { recursive: true, force: true });
});

/** Opens the app's page and loads the modules under test into it, from the app's own origin. */
async function openWithModules(page: Page): Promise<void> {
  await page.route(`**/${servedAt}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split(`/${servedAt}/`)[1] ?? '';
    if (!/^[\w/-]+(\.[\w-]+)*\.js$/.test(name) || name.includes('..')) return route.abort();
    const body = readFileSync(path.join(built, name));
    return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
  });
  await page.goto('./');
  await page.addScriptTag({ url: `./${servedAt}/${scriptName}`, type: 'module' });
  await page.waitForFunction(() => globalThis.installationKeysE2e !== undefined);
}

/** What the page can do with the secret halves kept in IndexedDB: use them, never export them. */
function storedSecretKeys(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('opm-keys');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stored = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = db.transaction('keys').objectStore('keys').get('installation');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const secretKeys = [stored.signingKey, stored.ageKey] as CryptoKey[];
    return Promise.all(
      secretKeys.map(async (key) => ({
        isCryptoKey: key instanceof CryptoKey,
        extractable: key.extractable,
        exported: await crypto.subtle.exportKey('pkcs8', key).then(
          () => 'exported',
          (error: Error) => error.name,
        ),
      })),
    );
  });
}

const unexportable = [
  { isCryptoKey: true, extractable: false, exported: 'InvalidAccessError' },
  { isCryptoKey: true, extractable: false, exported: 'InvalidAccessError' },
];

function runTool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  return result.stdout + result.stderr;
}

test('keys made in the browser sign for minisign and decrypt for age, and survive a reload', async ({
  page,
}) => {
  await openWithModules(page);
  const keys = await page.evaluate(() =>
    globalThis.installationKeysE2e.webHost.invoke('keys:create', { installationId: 'C6501-1' }),
  );
  expect(keys.keyId).toMatch(/^[0-9A-F]{16}$/);
  expect(keys.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);

  // The secret halves in IndexedDB are CryptoKeys the page itself cannot export.
  expect(await storedSecretKeys(page)).toEqual(unexportable);

  await page.reload();
  await openWithModules(page);
  const message = '{"format":"opm-bundle","issuer":"C6501-1"}\n';
  const comment = `opm-bundle v1 C6501-1 1 ${'a'.repeat(64)}`;
  const signed = await page.evaluate(
    async ({ message, comment }) => {
      const { webHost, minisign } = globalThis.installationKeysE2e;
      const bytes = new TextEncoder().encode(message);
      const keys = await webHost.invoke('keys:public');
      const { signature } = await webHost.invoke('keys:sign', {
        message: bytes,
        trustedComment: comment,
      });
      const publicKey = minisign.parsePublicKey(keys!.minisignPublicKey);
      return { keys, signature, verdict: minisign.verifyMinisign(bytes, signature, publicKey) };
    },
    { message, comment },
  );
  expect(signed.keys).toEqual(keys);
  expect(signed.verdict).toEqual({ ok: true, trustedComment: comment });

  writeFileSync(path.join(work, 'manifest.json'), message);
  writeFileSync(path.join(work, 'manifest.json.minisig'), signed.signature);
  const verified = runTool('minisign', ['-Vm', 'manifest.json', '-P', keys.minisignPublicKey]);
  expect(verified).toContain(`Trusted comment: ${comment}`);

  // Encrypted by the real age tool to the browser's recipient and to another one.
  const other = runTool('age-keygen', []).match(/age1[0-9a-z]{58}/)![0];
  writeFileSync(path.join(work, 'plain.txt'), 'ข้อมูลอาสาสมัคร\n'.repeat(500));
  runTool('age', ['-r', other, '-r', keys.ageRecipient, '-o', 'sealed.age', 'plain.txt']);
  const sealed = [...readFileSync(path.join(work, 'sealed.age'))];
  const opened = await page.evaluate(async (sealedBytes) => {
    const { webHost, hostIdentity, age } = globalThis.installationKeysE2e;
    const bytes = Uint8Array.from(sealedBytes);
    const { fileKey } = await webHost.invoke('keys:file-key', { header: age.ageHeaderOf(bytes) });
    const byFileKey = await age.decryptWithIdentities(bytes, [age.identityFromFileKey(fileKey)]);
    const byHost = await age.decryptWithIdentities(bytes, [hostIdentity(webHost, bytes)]);
    return [new TextDecoder().decode(byFileKey), new TextDecoder().decode(byHost)];
  }, sealed);
  const plain = readFileSync(path.join(work, 'plain.txt'), 'utf8');
  expect(opened).toEqual([plain, plain]);
});

test('the browser refuses a bundle not encrypted to it, and to make a key backup', async ({
  page,
}) => {
  await openWithModules(page);
  const keys = await page.evaluate(() =>
    globalThis.installationKeysE2e.webHost.invoke('keys:create', { installationId: 'DSDW-1' }),
  );
  const recipient = runTool('age-keygen', []).match(/age1[0-9a-z]{58}/)![0];
  expect(recipient).not.toBe(keys.ageRecipient);
  writeFileSync(path.join(work, 'plain.txt'), 'not for the department\n');
  runTool('age', ['-r', recipient, '-o', 'elsewhere.age', 'plain.txt']);
  const sealed = [...readFileSync(path.join(work, 'elsewhere.age'))];
  const refusals = await page.evaluate(async (sealedBytes) => {
    const { webHost, age } = globalThis.installationKeysE2e;
    const header = age.ageHeaderOf(Uint8Array.from(sealedBytes));
    const codeOf = (work: Promise<unknown>) =>
      work.then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      );
    return {
      fileKey: await codeOf(webHost.invoke('keys:file-key', { header })),
      backup: await codeOf(webHost.invoke('keys:backup', { password: 'a long password' })),
    };
  }, sealed);
  expect(refusals).toEqual({ fileKey: 'keys.not-a-recipient', backup: 'keys.backup-unavailable' });
});

test('keys restored from a desktop backup sign exactly as the desktop did, and stay unexportable', async ({
  page,
}) => {
  const secrets = {
    minisign: generateMinisignKeyPair().secretKey,
    ageIdentity: (await generateAgeKeyPair()).identity,
  };
  const keys = await publicKeysOf('C6501-1', secrets, '2026-11-22T09:30:00.000Z');
  // Cheap password hashing: minisign's own settings take a gigabyte and seconds.
  const cost = {
    minisign: { opsLimit: 65_536, memLimit: 8 * 1024 * 1024 },
    ageScryptWorkFactor: 10,
  };
  const backup = await backupOf(secrets, keys, 'a long password', cost);
  await openWithModules(page);
  const message = 'manifest bytes';
  const result = await page.evaluate(
    async ({ backup, message }) => {
      const { webHost } = globalThis.installationKeysE2e;
      const restored = await webHost.invoke('keys:restore', {
        installationId: 'C6501-1',
        ...backup,
        password: 'a long password',
      });
      const { signature } = await webHost.invoke('keys:sign', {
        message: new TextEncoder().encode(message),
        trustedComment: 'restored',
      });
      return { restored, signature };
    },
    { backup, message },
  );
  expect(result.restored).toEqual({ ...keys, createdAt: result.restored.createdAt });
  expect(result.signature).toBe(
    signMinisign(new TextEncoder().encode(message), secrets.minisign, 'restored'),
  );
  expect(await storedSecretKeys(page)).toEqual(unexportable);
});
