// Browser mode: the built renderer and the same api contract over HTTP, on 127.0.0.1 only.
// Every request passes the Host check; pages need the token (query or cookie), api calls the header.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { dispatch } from '../core/api/dispatch.js';
import type { ShellContext } from '../core/api/shell-context.js';
import { apiAuthorised, isAllowedHost, pageAuthorised, TOKEN_COOKIE } from './guard.js';
import { injectToken, readStatic } from './static-files.js';

export type HostOptions = {
  port: number;
  rendererDir: string;
  ctx: ShellContext;
  token?: string;
  /** Largest accepted request body; spreadsheet uploads need room. */
  maxBodyBytes?: number;
};

export type RunningHost = { server: Server; url: string; token: string; close(): Promise<void> };

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string,
  extra = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function createRequestHandler(opts: HostOptions & { token: string }) {
  const limit = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, opts.port)) {
      send(res, 403, 'text/plain; charset=utf-8', 'forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${String(opts.port)}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
        return;
      }
      if (!apiAuthorised(req, opts.token)) {
        send(res, 401, 'text/plain; charset=utf-8', 'missing or wrong token');
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req, limit);
        input = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
      } catch (e) {
        send(res, 400, 'text/plain; charset=utf-8', `bad request: ${(e as Error).message}`);
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await dispatch(opts.ctx, channel, input);
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    if (!pageAuthorised(req, url, opts.token)) {
      send(
        res,
        401,
        'text/plain; charset=utf-8',
        '需要启动时打印的带令牌链接 / open the URL printed at start (it carries the token)',
      );
      return;
    }
    const file = await readStatic(opts.rendererDir, url.pathname);
    const isIndex = file.status === 200 && file.type.startsWith('text/html');
    const body = isIndex ? injectToken(file.body.toString('utf8'), opts.token) : file.body;
    send(res, file.status, file.type, body, {
      'Set-Cookie': `${TOKEN_COOKIE}=${opts.token}; HttpOnly; SameSite=Strict; Path=/`,
    });
  };
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // The handler needs the real port for its Host check, known only after listen (port 0 = any free one).
  const ready: { handler?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};
  const server = createServer((req, res) => {
    const handler = ready.handler;
    if (!handler) {
      send(res, 503, 'text/plain; charset=utf-8', 'starting');
      return;
    }
    handler(req, res).catch((e: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', `internal error: ${String(e)}`);
    });
  });
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
