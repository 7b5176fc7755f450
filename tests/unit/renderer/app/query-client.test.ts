// A successful write refreshes the cached answers it changed and leaves the others alone, whichever
// page made the call: a real QueryClient with observers standing in for the pages on screen, and the
// desktop transport faked (the transport is not what is tested here).
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { call, onCallSucceeded } from '../../../../renderer/api.js';
import { createQueryClient, refreshAfter } from '../../../../renderer/app/query-client.js';
import { apiQueryOptions } from '../../../../renderer/app/use-api.js';
import type { Channel, ChannelInput } from '../../../../shared/ipc/contract.js';

let served: string[];
let client: QueryClient;
let answers: Record<string, unknown>;

beforeEach(() => {
  served = [];
  answers = { 'workspace:open': null };
  vi.stubGlobal('window', {
    api: {
      invoke: (channel: string, input: unknown) => {
        served.push(channel);
        const value = channel in answers ? answers[channel] : { channel, input, n: served.length };
        return Promise.resolve({ ok: true, value });
      },
    },
  });
  client = createQueryClient();
  onCallSucceeded((channel, value) => void refreshAfter(client, channel, value));
});

afterEach(() => {
  onCallSucceeded(undefined);
  client.clear();
  vi.unstubAllGlobals();
});

/** A query on screen: an observer subscribed the way a mounted page is. */
async function shown<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const observer = new QueryObserver(client, apiQueryOptions(channel, input));
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => {
    expect(observer.getCurrentResult().isSuccess).toBe(true);
  });
  return { observer, unsubscribe };
}

const settled = () =>
  vi.waitFor(() => {
    expect(client.isFetching()).toBe(0);
  });

describe('refreshing cached answers after a call', () => {
  it('a new lead refetches the lead list and header counts on screen, not the chain list', async () => {
    await shown('lead:list', {});
    await shown('workspace:info', {});
    await shown('chain:list', {});
    served = [];
    await call('lead:create', { enterpriseId: 1, segmentId: 2 });
    await settled();
    expect(served.sort()).toEqual(['lead:create', 'lead:list', 'workspace:info']);
  });

  it('keeps the answer on screen while it refetches (no flash of a loading state)', async () => {
    const { observer } = await shown('lead:list', {});
    const before = observer.getCurrentResult().data;
    const states: string[] = [];
    observer.subscribe((r) => states.push(r.status));
    await call('lead:update', { id: 1, stage: 'contact' });
    await settled();
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'success')).toBe(true);
    expect(observer.getCurrentResult().data).not.toEqual(before);
  });

  it('marks answers not on screen stale, so their next page visit fetches them', async () => {
    const { unsubscribe } = await shown('analysis:run', {});
    unsubscribe();
    served = [];
    await call('settings:set', { defaultTargetCount: 3 });
    await settled();
    expect(served).toEqual(['settings:set']);
    expect(client.getQueryState(['analysis:run', {}])?.isInvalidated).toBe(true);
  });

  it('reads and commands change nothing cached', async () => {
    await shown('lead:list', {});
    served = [];
    await call('chain:list', {});
    await call('import:template', {});
    await settled();
    expect(served).toEqual(['chain:list', 'import:template']);
  });

  it('an import refetches every answer but a preview’s rows, which its id fixes', async () => {
    await shown('enterprise:list', {});
    await shown('import:rows', { id: 'p1' });
    served = [];
    await call('import:commit', { id: 'p1' });
    await settled();
    expect(served.sort()).toEqual(['enterprise:list', 'import:commit']);
  });

  it('opening another workspace drops every cached answer; a cancelled dialog keeps them', async () => {
    await shown('chain:list', {});
    await call('workspace:open', {});
    await settled();
    expect(client.getQueryData(['chain:list', {}])).toBeDefined();
    answers['workspace:open'] = { name: 'b.chainatlas' };
    const { unsubscribe } = await shown('cluster:list', {});
    unsubscribe();
    await call('workspace:open', {});
    await settled();
    expect(client.getQueryData(['cluster:list', {}])).toBeUndefined();
  });

  it('a failed write refreshes nothing', async () => {
    await shown('lead:list', {});
    vi.stubGlobal('window', {
      api: {
        invoke: (channel: string) => {
          served.push(channel);
          return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: '无效' } });
        },
      },
    });
    served = [];
    await expect(call('lead:create', { enterpriseId: 1 })).rejects.toThrow('无效');
    await settled();
    expect(served).toEqual(['lead:create']);
  });
});
