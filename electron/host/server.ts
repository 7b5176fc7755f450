// Browser mode: the built renderer and the same api contract over HTTP, on 127.0.0.1 only.
// Every request passes the Host check; pages need the token once (then its cookie), api calls the header.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { ShellContext } from '../core/api/shell-context.js';
import { handleApi } from './api-route.js';
import { cookieAuthorised, isAllowedHost, queryAuthorised, tokenCookieName } from './guard.js';
import { send, sendApiError } from './respond.js';
import { cacheControlFor, injectToken, readStatic } from './static-files.js';

export type HostOptions = {
  port: number;
  rendererDir: string;
  ctx: ShellContext;
  token?: string;
  /** Largest accepted request body; defaults to the one limit in request-body.ts. */
  maxBodyBytes?: number;
};

export type RunningHost = { server: Server; url: string; token: string; close(): Promise<void> };

const TEXT = 'text/plain; charset=utf-8';

/**
 * The printed URL's token is traded for an HttpOnly cookie and the browser sent on to the same
 * address without it, so the token does not stay in the address bar, the history or bookmarks.
 */
function redirectWithoutToken(res: ServerResponse, url: URL, port: number, token: string): void {
  const clean = new URL(url);
  clean.searchParams.delete('token');
  send(res, 302, TEXT, '', {
    Location: `${clean.pathname}${clean.search}`,
    'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
  });
}

/** How long an idle kept-alive connection stays open (see startHost). */
export const KEEP_ALIVE_MS = 10 * 60_000;

export function createRequestHandler(opts: HostOptions & { token: string }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, opts.port)) {
      send(res, 403, TEXT, 'forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${String(opts.port)}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url, opts);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, TEXT, 'method not allowed');
      return;
    }
    if (url.searchParams.has('token') && queryAuthorised(url, opts.token)) {
      redirectWithoutToken(res, url, opts.port, opts.token);
      return;
    }
    if (!cookieAuthorised(req, opts.port, opts.token)) {
      send(
        res,
        401,
        TEXT,
        '需要启动时打印的带令牌链接 / open the URL printed at start (it carries the token)',
      );
      return;
    }
    const file = await readStatic(opts.rendererDir, url.pathname);
    const isIndex = file.status === 200 && file.type.startsWith('text/html');
    const body = isIndex ? injectToken(file.body.toString('utf8'), opts.token) : file.body;
    send(res, file.status, file.type, body, cacheControlFor(url.pathname, file.status));
  };
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // The handler needs the real port for its Host check, known only after listen (port 0 = any free one).
  const ready: { handler?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};
  const server = createServer((req, res) => {
    const handler = ready.handler;
    if (!handler) {
      send(res, 503, TEXT, 'starting');
      return;
    }
    handler(req, res).catch((e: unknown) => {
      if (res.headersSent) return;
      const reason = e instanceof Error ? e.message : String(e);
      sendApiError(res, 500, 'INTERNAL', {
        zh: `内部错误：${reason}`,
        en: `Internal error: ${reason}`,
      });
    });
  });
  // Node closes a kept-alive connection after 5 s idle; a request the browser sent on it at that moment
  // failed with a reset (seen in an end-to-end run: a POST after a few seconds of clicking). On 127.0.0.1
  // with one user, idle connections are kept far longer, so the client is the one that closes them.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      resolveListen();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  ready.handler = createRequestHandler({ ...opts, port, token });
  return {
    server,
    token,
    url: `http://127.0.0.1:${String(port)}/?token=${token}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => {
          r();
        });
        server.closeAllConnections();
      }),
  };
}
