// Browser-mode host: refuses requests without the token or with a foreign Host header, binds to
// loopback only, serves the renderer with the token injected, and answers the contract over HTTP.
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserContext } from '../../../../electron/host/browser-context.js';
import { startHost, type RunningHost } from '../../../../electron/host/server.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../electron/core/services/workspace.js';

type Reply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
};

function send(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/**
 * The token with its last character changed. The token is random base64url, so writing a fixed
 * character there would give the real token back once in 64 runs (seen as a wrong token accepted).
 */
const wrongToken = (token: string): string =>
  `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;

describe('browser-mode host', () => {
  let dir: string;
  let ws: Workspace;
  let host: RunningHost;
  let port: number;
  const hostHeader = (): string => `127.0.0.1:${String(port)}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-host-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body></body></html>',
    );
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'index-DcGMm9lb.js'), 'export {};');
    writeFileSync(join(rendererDir, 'assets', 'notes.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
    ws = openWorkspace(join(dir, 'ws.chainatlas'));
    host = await startHost({ port: 0, rendererDir, ctx: browserContext(ws) });
    port = Number(new URL(host.url).port);
  });

  afterAll(async () => {
    await host.close();
    closeWorkspace(ws);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps idle connections open, so a request sent after a pause does not meet a closing socket', () => {
    // Node's default (5 s) reset a POST made after a few seconds of clicking in an end-to-end run.
    expect(host.server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
  });

  it('listens on 127.0.0.1 only and prints a URL with a long random token', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('answers an api call that carries the token', async () => {
    const r = await send(port, '/api/workspace:info', {
      method: 'POST',
      headers: {
        host: hostHeader(),
        'x-chainatlas-token': host.token,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(r.status).toBe(200);
    const result = JSON.parse(r.body) as {
      ok: boolean;
      value: { stats: { enterprises: number }; shell: string };
    };
    expect(result.ok).toBe(true);
    expect(result.value.shell).toBe('browser');
    expect(result.value.stats.enterprises).toBe(0);
  });

  it('refuses an api call without the token or with a wrong one', async () => {
    const none = await send(port, '/api/workspace:info', {
      method: 'POST',
      headers: { host: hostHeader() },
      body: '{}',
    });
    expect(none.status).toBe(401);
    const wrong = await send(port, '/api/workspace:info', {
      method: 'POST',
      headers: { host: hostHeader(), 'x-chainatlas-token': wrongToken(host.token) },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    // A token in the query string is for pages only; api calls need the header (cross-site forms can't set it).
    const query = await send(port, `/api/workspace:info?token=${host.token}`, {
      method: 'POST',
      headers: { host: hostHeader() },
    });
    expect(query.status).toBe(401);
  });

  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    for (const host_ of [
      'evil.example',
      `evil.example:${String(port)}`,
      `127.0.0.1:${String(port + 1)}`,
    ]) {
      const r = await send(port, '/api/workspace:info', {
        method: 'POST',
        headers: { host: host_, 'x-chainatlas-token': host.token },
        body: '{}',
      });
      expect(r.status, host_).toBe(403);
    }
  });

  it('trades the URL token for a cookie, sends the browser on without it, then serves the page', async () => {
    const denied = await send(port, '/', { headers: { host: hostHeader() } });
    expect(denied.status).toBe(401);
    const first = await send(port, `/?token=${host.token}&lang=en`, {
      headers: { host: `localhost:${String(port)}` },
    });
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/?lang=en');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const pair = cookie.split(';')[0] ?? '';
    expect(pair).toBe(`chainatlas_token_${String(port)}=${host.token}`);
    const page = await send(port, '/?lang=en', { headers: { host: hostHeader(), cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="chainatlas-token" content="${host.token}" />`);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    // A wrong token in the URL is not traded for a cookie.
    const wrong = await send(port, `/?token=${wrongToken(host.token)}`, {
      headers: { host: hostHeader() },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    // Another port's cookie (cookies ignore ports) does not open this server's pages.
    const otherPort = await send(port, '/', {
      headers: { host: hostHeader(), cookie: `chainatlas_token_${String(port + 1)}=${host.token}` },
    });
    expect(otherPort.status).toBe(401);
  });

  it('lets the browser keep the hashed build files, never the page, the api or a miss', async () => {
    const cookie = `chainatlas_token_${String(port)}=${host.token}`;
    const get = (path: string) => send(port, path, { headers: { host: hostHeader(), cookie } });
    const asset = await get('/assets/index-DcGMm9lb.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(String(asset.headers['content-security-policy'])).toContain("script-src 'self'");
    // The page carries the token; a file without a content hash may change under the same name.
    for (const path of ['/', '/assets/notes.js', '/assets/gone-DcGMm9lb.js']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-store');
    }
    const api = await send(port, '/api/workspace:info', {
      method: 'POST',
      headers: { host: hostHeader(), 'x-chainatlas-token': host.token },
      body: '{}',
    });
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await send(port, path, {
        headers: { host: hostHeader(), cookie: `chainatlas_token_${String(port)}=${host.token}` },
      });
      expect(r.body, path).not.toContain('outside the renderer folder');
      expect([403, 404], path).toContain(r.status);
    }
  });

  it('rejects invalid input with a Result error and no crash', async () => {
    const r = await send(port, '/api/enterprise:get', {
      method: 'POST',
      headers: { host: hostHeader(), 'x-chainatlas-token': host.token },
      body: '{"id":"1; DROP TABLE enterprise"}',
    });
    const result = JSON.parse(r.body) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
