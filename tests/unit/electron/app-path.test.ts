import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/services/app-path';

const root = path.resolve('/srv/opm-centre/dist/renderer');
const inRoot = (...segments: string[]) => path.join(root, ...segments);

describe('resolveAppPath', () => {
  it('maps a file of the built renderer to its path inside the root', () => {
    expect(resolveAppPath(root, 'app://opm-centre/assets/index-4f2a.js')).toBe(
      inRoot('assets', 'index-4f2a.js'),
    );
    expect(resolveAppPath(root, 'app://opm-centre/favicon.ico')).toBe(inRoot('favicon.ico'));
  });

  it('serves index.html for the root', () => {
    expect(resolveAppPath(root, 'app://opm-centre/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://opm-centre')).toBe(inRoot('index.html'));
  });

  it('falls back to index.html for routes of the single-page app (no extension)', () => {
    expect(resolveAppPath(root, 'app://opm-centre/volunteers/42')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://opm-centre/training/')).toBe(inRoot('index.html'));
  });

  it('ignores the query and the hash route', () => {
    expect(resolveAppPath(root, 'app://opm-centre/index.html?lang=th#/print/volunteers')).toBe(
      inRoot('index.html'),
    );
    expect(resolveAppPath(root, 'app://opm-centre/#/print/x/../../y')).toBe(inRoot('index.html'));
  });

  it('decodes percent-encoded names that are not dots or separators', () => {
    expect(resolveAppPath(root, 'app://opm-centre/fonts/sarabun%20thai.woff2')).toBe(
      inRoot('fonts', 'sarabun thai.woff2'),
    );
    const thai = encodeURIComponent('ตราสัญลักษณ์.png');
    expect(resolveAppPath(root, `app://opm-centre/images/${thai}`)).toBe(
      inRoot('images', 'ตราสัญลักษณ์.png'),
    );
  });

  it('accepts the host in any case, as Chromium may send it', () => {
    expect(resolveAppPath(root, 'APP://OPM-Centre/index.html')).toBe(inRoot('index.html'));
  });

  it.each([
    ['another host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://opm-centre.example/index.html'],
    ['a host with a port', 'app://opm-centre:80/index.html'],
    ['user information', 'app://user@opm-centre/index.html'],
    ['another scheme', 'https://opm-centre/index.html'],
    ['a file URL', 'file:///etc/passwd'],
    ['no host at all', 'app:///etc/passwd'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    ['a parent segment', 'app://opm-centre/../secret.txt'],
    ['a parent segment deeper down', 'app://opm-centre/assets/../../secret.txt'],
    ['a parent segment at the end', 'app://opm-centre/assets/..'],
    ['a current-folder segment', 'app://opm-centre/./index.html'],
    ['dots Windows would shorten', 'app://opm-centre/.../secret.txt'],
    ['a name ending in a dot', 'app://opm-centre/assets./index.js'],
    ['a name ending in a space', 'app://opm-centre/assets%20/index.js'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    ['encoded dots', 'app://opm-centre/%2e%2e/secret.txt'],
    ['encoded dots in capitals', 'app://opm-centre/%2E%2E/secret.txt'],
    ['one encoded dot', 'app://opm-centre/.%2e/secret.txt'],
    ['an encoded slash', 'app://opm-centre/..%2fsecret.txt'],
    ['an encoded slash in capitals', 'app://opm-centre/assets%2F..%2F..%2Fsecret.txt'],
    ['an encoded backslash', 'app://opm-centre/..%5csecret.txt'],
    ['an encoded backslash in capitals', 'app://opm-centre/..%5Csecret.txt'],
    ['double-encoded dots', 'app://opm-centre/%252e%252e/secret.txt'],
    ['a double-encoded slash', 'app://opm-centre/..%252fsecret.txt'],
    ['an encoded NUL', 'app://opm-centre/index.html%00.png'],
    ['malformed encoding', 'app://opm-centre/%E0%B8.js'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    ['a raw NUL', 'app://opm-centre/index.html\0.png'],
    ['a control character', 'app://opm-centre/index\u0001.html'],
    ['an absolute path', 'app://opm-centre//etc/passwd'],
    ['an empty segment', 'app://opm-centre/assets//index.js'],
    ['a drive letter', 'app://opm-centre/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://opm-centre/C%3A/Windows/win.ini'],
    ['an alternate data stream', 'app://opm-centre/index.html:secret'],
    ['a backslash', 'app://opm-centre/assets\\..\\..\\secret.txt'],
    ['a lone backslash', 'app://opm-centre/\\secret.txt'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});
