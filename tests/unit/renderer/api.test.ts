// The renderer's one transport module: desktop preload when present, otherwise HTTP with the run's
// token; Results are unwrapped into values or ApiCallErrors. Browser globals are faked per test.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiCallError, call } from '../../../renderer/api.js';
import type { Api } from '../../../shared/ipc/api.js';

type FetchCall = { url: string; init: RequestInit };

function browser(options: { meta?: string; search?: string; respond: () => Promise<Response> }) {
  const calls: FetchCall[] = [];
  vi.stubGlobal('window', { location: { search: options.search ?? '' } });
  vi.stubGlobal('document', {
    querySelector: () => (options.meta === undefined ? null : { content: options.meta }),
  });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return options.respond();
  });
  return calls;
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('call over HTTP (browser mode)', () => {
  it('posts the input to /api/<channel> with the token from the page and returns the value', async () => {
    const calls = browser({ meta: 'T0KEN', respond: () => json({ ok: true, value: [] }) });
    await expect(call('chain:list', { clusterId: 2 })).resolves.toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/chain:list');
    expect(calls[0]?.init.method).toBe('POST');
    expect(new Headers(calls[0]?.init.headers).get('X-ChainAtlas-Token')).toBe('T0KEN');
    const body = calls[0]?.init.body as Blob;
    expect(body.type).toBe('application/json');
    expect(JSON.parse(await body.text())).toEqual({ clusterId: 2 });
  });

  it('falls back to the ?token= of the address when the page has no token meta', async () => {
    const calls = browser({
      search: '?token=from-url',
      respond: () => json({ ok: true, value: [] }),
    });
    await call('cluster:list', {});
    expect(new Headers(calls[0]?.init.headers).get('X-ChainAtlas-Token')).toBe('from-url');
  });

  it('turns a failed Result into an ApiCallError with the server code and message', async () => {
    browser({
      meta: 't',
      respond: () =>
        json({ ok: false, error: { code: 'NOT_FOUND', message: '企业不存在（id 9）' } }),
    });
    const error = await call('enterprise:get', { id: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: '企业不存在（id 9）' });
  });

  it('reports a refused token as FORBIDDEN with the HTTP status', async () => {
    browser({ respond: () => Promise.resolve(new Response('no', { status: 401 })) });
    await expect(call('workspace:info', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call('workspace:info', {})).rejects.toThrow(/401/);
  });

  it('reports an unreachable host or a non-Result reply as NETWORK', async () => {
    browser({ respond: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(call('workspace:info', {})).rejects.toMatchObject({ code: 'NETWORK' });
    browser({ respond: () => Promise.resolve(new Response('<html>', { status: 502 })) });
    await expect(call('workspace:info', {})).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('call on the desktop', () => {
  it('uses the preload api and never fetches', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true as const, value: [] }));
    const fetch = vi.fn();
    vi.stubGlobal('window', { api: { invoke } as unknown as Api, location: { search: '' } });
    vi.stubGlobal('fetch', fetch);
    await expect(call('cluster:list', {})).resolves.toEqual([]);
    expect(invoke).toHaveBeenCalledWith('cluster:list', {});
    expect(fetch).not.toHaveBeenCalled();
  });
});
