// What a page reads from the cache while it types a search, waits for a choice, fails and retries:
// a real QueryClient and observer (what useApi subscribes), over a faked desktop transport.
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createQueryClient } from '../../../../renderer/app/query-client.js';
import { apiQueryOptions, asyncState } from '../../../../renderer/app/use-api.js';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
let reply: (input: { query?: string }) => Promise<Reply>;
let client: QueryClient;

beforeEach(() => {
  reply = (input) => Promise.resolve({ ok: true, value: { total: 1, rows: [input.query] } });
  vi.stubGlobal('window', {
    api: { invoke: (_c: string, input: { query?: string }) => reply(input) },
  });
  client = createQueryClient();
});

afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

const listOf = (search: string | null) =>
  apiQueryOptions('enterprise:list', search === null ? null : { query: search });

describe('the state a page reads', () => {
  it('waits (idle) while the input is null, without calling', () => {
    const invoke = vi.fn();
    vi.stubGlobal('window', { api: { invoke } });
    const observer = new QueryObserver(client, listOf(null));
    observer.subscribe(() => undefined);
    expect(asyncState(observer.getCurrentResult(), true)).toEqual({ status: 'idle' });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('shows the previous answer as loading while a new input loads, then the new one', async () => {
    const observer = new QueryObserver(client, listOf('小'));
    observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(asyncState(observer.getCurrentResult(), false).status).toBe('ready');
    });
    let release: () => void = () => undefined;
    reply = (input) =>
      new Promise((resolve) => {
        release = () => {
          resolve({ ok: true, value: { total: 1, rows: [input.query] } });
        };
      });
    observer.setOptions(listOf('小松'));
    expect(asyncState(observer.getCurrentResult(), false)).toEqual({
      status: 'loading',
      previous: { total: 1, rows: ['小'] },
    });
    release();
    await vi.waitFor(() => {
      expect(asyncState(observer.getCurrentResult(), false)).toEqual({
        status: 'ready',
        data: { total: 1, rows: ['小松'] },
      });
    });
  });

  it('turns a failed call into an error with its code, and a retry into loading', async () => {
    reply = () => Promise.resolve({ ok: false, error: { code: 'CORRUPT', message: '已损坏' } });
    const observer = new QueryObserver(client, listOf('x'));
    observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(asyncState(observer.getCurrentResult(), false)).toMatchObject({
        status: 'error',
        error: { code: 'CORRUPT', message: '已损坏' },
      });
    });
    reply = () => new Promise(() => undefined);
    void observer.refetch();
    expect(asyncState(observer.getCurrentResult(), false)).toEqual({ status: 'loading' });
  });
});
