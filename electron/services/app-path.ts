// Maps an app:// request to a file inside the built renderer folder, refusing anything that could
// climb out of it. Pure: it never touches the disk.
import path from 'node:path';
import { appHost } from './app-origin';

/** The page every route of the single-page app is served from. */
export const appEntryFile = 'index.html';

/**
 * The absolute path inside `rootDir` that `requestUrl` asks for, or null when the request is not
 * ours or is not a plain relative path. Paths without an extension are routes of the single-page
 * app and get index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const match = /^app:\/\/([^/?#]*)([^?#]*)/i.exec(requestUrl);
  if (match === null || match[1]?.toLowerCase() !== appHost) return null;
  const segments = plainSegments(match[2] ?? '');
  if (segments === null) return null;
  const last = segments.at(-1);
  const file = last !== undefined && hasExtension(last) ? segments : [appEntryFile];
  const root = path.resolve(rootDir);
  const absolute = path.resolve(root, ...file);
  const inside = path.relative(root, absolute);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return absolute;
}

/** The decoded path segments, or null for anything but plain names separated by single slashes. */
function plainSegments(rawPath: string): string[] | null {
  if (rawPath === '' || rawPath === '/') return [];
  if (!rawPath.startsWith('/')) return null;
  // A backslash is a folder separator on Windows; it has no business in a URL path.
  if (rawPath.includes('\\')) return null;
  // Encoded dots, slashes, backslashes, NUL and percent signs (double encoding) hide a traversal.
  if (/%(2e|2f|5c|00|25)/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // NUL and other control characters, drive letters (C:) and alternate data streams (file:stream).
  if (hasControlCharacter(decoded) || /[\\:|]/.test(decoded)) return null;
  const trimmed = decoded.slice(1).replace(/\/$/, '');
  const segments = trimmed.split('/');
  // '.', '..' and, because Windows drops trailing dots and spaces from names, '...' or '.. '.
  const isPlain = (segment: string) => segment !== '' && !/[. ]$/.test(segment);
  return segments.every(isPlain) ? segments : null;
}

function hasExtension(segment: string): boolean {
  return /.\.[A-Za-z0-9]+$/.test(segment);
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}
