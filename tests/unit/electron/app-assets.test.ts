import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeFor, serveAppAsset } from '../../../electron/services/app-assets';
import { contentSecurityPolicy } from '../../../electron/services/csp';

let base: string;
let root: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'opm-assets-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>OPM</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(base, 'secret.txt'), 'not for the page');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('serveAppAsset', () => {
  it('serves a file with its content type and the content security policy', async () => {
    const response = await serveAppAsset(root, 'app://opm-centre/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("app")');
  });

  it('serves index.html for a route of the single-page app', async () => {
    const response = await serveAppAsset(root, 'app://opm-centre/volunteers/42');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>OPM</title>');
  });

  it('answers 404 for a missing file', async () => {
    const response = await serveAppAsset(root, 'app://opm-centre/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it('answers 404 for a folder', async () => {
    await mkdir(path.join(root, 'assets', 'chunk.d'));
    expect((await serveAppAsset(root, 'app://opm-centre/assets/chunk.d')).status).toBe(404);
  });

  it('answers 400 and never reads a file outside the root', async () => {
    for (const url of ['app://opm-centre/../secret.txt', 'app://opm-centre/%2e%2e/secret.txt']) {
      const response = await serveAppAsset(root, url);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain('not for the page');
    }
  });
});

describe('contentTypeFor', () => {
  it('knows the types a Vite build produces', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('sarabun-thai-400.woff2')).toBe('font/woff2');
    expect(contentTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('worker.mjs')).toBe('text/javascript; charset=utf-8');
  });

  it('sends anything else as bytes', () => {
    expect(contentTypeFor('notes.xyz')).toBe('application/octet-stream');
  });
});
