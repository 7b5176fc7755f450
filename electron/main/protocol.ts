// The app:// protocol: serves the built renderer (out/renderer) to the window instead of file://.
// A pure Request → Response factory: only host "ui", only GET, only files under the root, CSP on
// every response. Traversal in any spelling (.., %2e%2e, %2f, backslash) is refused with 403.
import * as fs from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { APP_HOST, APP_SCHEME } from './security.js';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
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

export const mimeTypeOf = (file: string): string =>
  MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

const baseHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

const textResponse = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** A `..` path segment in any percent-encoded spelling, separated by / or \ (raw or encoded). */
const DOT_DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){2}($|[/\\]|%2f|%5c|[?#])/i;

/** The raw path part of the URL, before the URL parser collapses dot segments. */
function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const slash = afterScheme.indexOf('/');
  return slash === -1 ? '' : afterScheme.slice(slash);
}

// The callback fs API, looked up per call: it is the one Electron patches to read inside app.asar.
const stat = (path: string) => promisify(fs.stat)(path);
const readFile = (path: string) => promisify(fs.readFile)(path);
/** realpath, or the path itself where the filesystem cannot say (files inside app.asar). */
const realpath = (path: string) => promisify(fs.realpath)(path).catch(() => path);

const isInside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Reads only the URL and method, so Electron's Request and plain test objects both fit. */
export type AppProtocolHandler = (request: Pick<Request, 'url' | 'method'>) => Promise<Response>;

/** Builds the handler for `protocol.handle('app', …)` serving files under `rootDir`. */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  const root = resolve(rootDir);
  let realRoot: string | undefined;

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '') {
      return textResponse(404, 'Not Found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    if (DOT_DOT_SEGMENT.test(rawPathOf(request.url))) return textResponse(403, 'Forbidden');

    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return textResponse(400, 'Bad Request');
    }
    if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) {
      return textResponse(403, 'Forbidden');
    }
    const relativePath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
    const target = resolve(root, relativePath);
    if (!isInside(root, target)) return textResponse(403, 'Forbidden');

    try {
      const info = await stat(target);
      if (!info.isFile()) return textResponse(404, 'Not Found');
      // A symlink inside the folder must not lead outside it either.
      realRoot ??= await realpath(root);
      if (!isInside(realRoot, await realpath(target))) return textResponse(403, 'Forbidden');
      const body = request.method === 'HEAD' ? null : await readFile(target);
      return new Response(body, {
        status: 200,
        headers: { ...baseHeaders(), 'Content-Type': mimeTypeOf(target) },
      });
    } catch {
      return textResponse(404, 'Not Found');
    }
  };
}
