// Serves the built renderer (out/renderer) for browser mode; never anything outside that folder.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type StaticFile = { status: 200 | 403 | 404; body: Buffer; type: string };

/** Resolves a URL path to a file under root; decoded traversal (`..`, `%2e%2e`) lands outside and is 403. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 403, body: Buffer.from('forbidden'), type: 'text/plain' };
  }
  const rootAbs = resolve(root);
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = resolve(join(rootAbs, normalize(rel)));
  if (target !== rootAbs && !target.startsWith(rootAbs + sep)) {
    return { status: 403, body: Buffer.from('forbidden'), type: 'text/plain' };
  }
  try {
    const body = await readFile(target);
    return {
      status: 200,
      body,
      type: MIME[extname(target).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return { status: 404, body: Buffer.from('not found'), type: 'text/plain' };
  }
}

/**
 * Built scripts, styles and fonts are named by a hash of their content, so a copy kept by the browser
 * is never stale: a reload takes them from its cache, with their compiled code, instead of fetching
 * and compiling them again while the host is busy answering the page's first request (about 0.4 s of
 * a reload of the network page on 2,000 firms). The page itself (it carries the token) and the api
 * are never kept.
 */
export function cacheControlFor(urlPath: string, status: number): Record<string, string> {
  return status === 200 && /^\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(urlPath)
    ? { 'Cache-Control': 'private, max-age=31536000, immutable' }
    : {};
}

/** Puts the run's token where the renderer's api client looks for it. */
export function injectToken(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="chainatlas-token" content="${token}" />`);
}
