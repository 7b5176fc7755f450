// Browser mode's api route over real HTTP: malformed paths, requests from another page, the one size
// limit, and a read-only or locked workspace, each answered as the contract's error JSON.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { isReadOnly } from '../../../../electron/core/db/open-database.js';
import { LIMITS } from '../../../../electron/core/import/limits.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../electron/core/services/workspace.js';
import { browserContext } from '../../../../electron/host/browser-context.js';
import { MAX_REQUEST_BYTES } from '../../../../electron/host/request-body.js';
import { startHost, type RunningHost } from '../../../../electron/host/server.js';
import { holdWriteLock } from '../../../support/hold-write-lock.js';
import { makeReadOnly } from '../../../support/read-only-fs.js';

type Reply = { status: number; json: { ok: boolean; value?: unknown; error?: ApiErr } };
type ApiErr = { code: string; message: string; en?: string };

/** POSTs to the host; `chunks` are written one by one (no Content-Length) when given. */
function post(
  port: number,
  path: string,
  headers: Record<string, string>,
  body: string | { chunks: string[] } = '{}',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Reply['json'] });
      });
    });
    req.on('error', reject);
    if (typeof body === 'string') {
      req.end(body);
    } else {
      for (const c of body.chunks) req.write(c);
      req.end();
    }
  });
}

function renderer(dir: string): string {
  const out = join(dir, 'renderer');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  return out;
}

describe('api route', () => {
  let dir: string;
  let ws: Workspace;
  let host: RunningHost;
  let small: RunningHost;
  const headers = (h: RunningHost, extra: Record<string, string> = {}) => ({
    host: new URL(h.url).host,
    'x-chainatlas-token': h.token,
    'content-type': 'application/json',
    ...extra,
  });
  const portOf = (h: RunningHost): number => Number(new URL(h.url).port);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-api-'));
    ws = openWorkspace(join(dir, 'ws.chainatlas'));
    const rendererDir = renderer(dir);
    host = await startHost({ port: 0, rendererDir, ctx: browserContext(ws) });
    small = await startHost({ port: 0, rendererDir, ctx: browserContext(ws), maxBodyBytes: 1000 });
  });
  afterAll(async () => {
    await host.close();
    await small.close();
    closeWorkspace(ws);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a malformed percent-encoded channel with 400 and the contract error, not a crash', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/workspace%3Ainfo%']) {
      const r = await post(portOf(host), path, headers(host));
      expect(r.status, path).toBe(400);
      expect(r.json.ok).toBe(false);
      expect(r.json.error?.code).toBe('INVALID_INPUT');
      expect(r.json.error?.en).toContain('percent-encoding');
    }
    const after = await post(portOf(host), '/api/workspace%3Ainfo', headers(host));
    expect(after.json.ok).toBe(true);
  });

  it('refuses a call made by a page of another origin even with the token', async () => {
    const own = `http://${new URL(host.url).host}`;
    const ok = await post(portOf(host), '/api/workspace:info', headers(host, { origin: own }));
    expect(ok.status).toBe(200);
    const sameOriginFetch = await post(
      portOf(host),
      '/api/workspace:info',
      headers(host, { origin: own, 'sec-fetch-site': 'same-origin' }),
    );
    expect(sameOriginFetch.json.ok).toBe(true);
    const foreign: Record<string, string>[] = [
      { origin: `http://127.0.0.1:${String(portOf(host) + 1)}` },
      { origin: 'http://evil.example' },
      { origin: 'null' },
      // Another port of 127.0.0.1 is "same-site" to the browser, and still not us.
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: own, 'sec-fetch-site': 'same-site' },
    ];
    for (const extra of foreign) {
      const r = await post(portOf(host), '/api/workspace:info', headers(host, extra));
      expect(r.status, JSON.stringify(extra)).toBe(403);
      expect(r.json.error?.code).toBe('FORBIDDEN');
    }
  });

  it('does not take the page cookie in place of the token header', async () => {
    const r = await post(portOf(host), '/api/workspace:info', {
      host: new URL(host.url).host,
      cookie: `chainatlas_token_${String(portOf(host))}=${host.token}`,
    });
    expect(r.status).toBe(401);
    expect(r.json.error?.code).toBe('FORBIDDEN');
  });

  it('answers a body over the limit with 413 TOO_LARGE, declared or streamed', async () => {
    const under = await post(portOf(small), '/api/workspace:info', headers(small), '{}');
    expect(under.json.ok).toBe(true);
    const declared = await post(
      portOf(small),
      '/api/snapshot:save',
      headers(small),
      JSON.stringify({ name: 'x'.repeat(1000) }),
    );
    expect(declared.status).toBe(413);
    expect(declared.json.error?.code).toBe('TOO_LARGE');
    expect(declared.json.error?.message).toContain('MB');
    const streamed = await post(portOf(small), '/api/snapshot:save', headers(small), {
      chunks: ['{"name":"', 'y'.repeat(600), 'y'.repeat(600), '"}'],
    });
    expect(streamed.status).toBe(413);
    expect(streamed.json.error?.code).toBe('TOO_LARGE');
    // Nothing was saved by either refused call.
    const list = await post(portOf(small), '/api/snapshot:list', headers(small));
    expect(list.json.value).toEqual([]);
  });

  it('uses one limit: the largest accepted file, as base64 in JSON, fits; one byte more does not', async () => {
    const base64OfLargestFile = Math.ceil(LIMITS.maxFileBytes / 3) * 4;
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(base64OfLargestFile + 1000);
    expect(MAX_REQUEST_BYTES).toBeLessThan(base64OfLargestFile * 1.1);
    // The default host refuses a declared length over that limit before reading the body.
    const r = await post(
      portOf(host),
      '/api/import:preview',
      headers(host, { 'content-length': String(MAX_REQUEST_BYTES + 1) }),
      { chunks: ['{"files":['] },
    ).catch((e: unknown) => ({
      status: -1,
      json: { ok: false, error: { code: String(e), message: '' } },
    }));
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe('TOO_LARGE');
  });
});

describe('api route on a read-only or locked workspace', () => {
  let dir: string;
  const undo: (() => void)[] = [];
  afterEach(() => {
    for (const u of undo.splice(0).reverse()) u();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a read-only workspace and answers a write with READ_ONLY in zh and en', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-api-ro-'));
    const file = join(dir, 'ws.chainatlas');
    closeWorkspace(openWorkspace(file));
    const frozen = makeReadOnly(file);
    if (typeof frozen === 'string') {
      console.warn(`skipped: ${frozen}`);
      return;
    }
    undo.push(frozen);
    const ro = openWorkspace(file, { fallbackToReadOnly: true });
    expect(isReadOnly(ro.db)).toBe(true);
    const h = await startHost({ port: 0, rendererDir: renderer(dir), ctx: browserContext(ro) });
    try {
      const hdr = { host: new URL(h.url).host, 'x-chainatlas-token': h.token };
      const info = await post(Number(new URL(h.url).port), '/api/workspace:info', hdr);
      expect(info.json.ok).toBe(true);
      const save = await post(
        Number(new URL(h.url).port),
        '/api/snapshot:save',
        hdr,
        '{"name":"快照"}',
      );
      expect(save.status).toBe(200);
      expect(save.json.error?.code).toBe('READ_ONLY');
      expect(save.json.error?.message).toContain('只读');
      expect(save.json.error?.en).toContain('read-only');
    } finally {
      await h.close();
      closeWorkspace(ro);
    }
    expect(readdirSync(dir).sort()).toEqual(['renderer', 'ws.chainatlas']);
  });

  it('answers a write while another program holds the lock with WORKSPACE_BUSY', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-api-busy-'));
    const file = join(dir, 'ws.chainatlas');
    const live = openWorkspace(file);
    const h = await startHost({ port: 0, rendererDir: renderer(dir), ctx: browserContext(live) });
    const lock = await holdWriteLock(file);
    try {
      const hdr = { host: new URL(h.url).host, 'x-chainatlas-token': h.token };
      const save = await post(
        Number(new URL(h.url).port),
        '/api/snapshot:save',
        hdr,
        '{"name":"快照"}',
      );
      expect(save.json.error?.code).toBe('WORKSPACE_BUSY');
      expect(save.json.error?.message).toContain('工作区正被另一个程序使用');
    } finally {
      await lock.release();
      await h.close();
      closeWorkspace(live);
    }
  }, 20_000);
});
