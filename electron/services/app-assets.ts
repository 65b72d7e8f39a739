// Answers app:// requests with files of the built renderer: its bytes, its content type, our CSP.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveAppPath } from './app-path';
import { contentSecurityPolicy } from './csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The response to one app:// request: the file, 404 when it is missing, 400 when refused. */
export async function serveAppAsset(rootDir: string, requestUrl: string): Promise<Response> {
  const filePath = resolveAppPath(rootDir, requestUrl);
  if (filePath === null) return plainResponse(400, 'Bad request');
  const isFile = await stat(filePath).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isFile) return plainResponse(404, 'Not found');
  const bytes = await readFile(filePath);
  return new Response(bytes, {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(filePath),
      // Chromium may not raise header events for custom schemes, so the policy travels here too.
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
