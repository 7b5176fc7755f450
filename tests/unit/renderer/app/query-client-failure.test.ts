// A failed call refetches what may now differ from the screen: a write refused while writing (disk
// full, read-only since) refetches what it would have changed, so the screen shows what is stored;
// a failure that says the workspace is read-only, damaged or busy refetches workspace:info (banner,
// gate). Input refusals refetch nothing. A real QueryClient; the desktop transport is faked.
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { call, onCallFailed, onCallSucceeded } from '../../../../renderer/api.js';
import {
  createQueryClient,
  refreshAfter,
  refreshAfterFailure,
} from '../../../../renderer/app/query-client.js';
import { apiQueryOptions } from '../../../../renderer/app/use-api.js';
import type { Channel, ChannelInput } from '../../../../shared/ipc/contract.js';

let served: string[];
let client: QueryClient;
/** Channels that answer with this error code; every other channel succeeds. */
let failing: Record<string, string>;

beforeEach(() => {
  served = [];
  failing = {};
  vi.stubGlobal('window', {
    api: {
      invoke: (channel: string) => {
        served.push(channel);
        const code = failing[channel];
        if (code) return Promise.resolve({ ok: false, error: { code, message: code, en: code } });
        return Promise.resolve({ ok: true, value: { channel, n: served.length } });
      },
    },
  });
  client = createQueryClient();
  onCallSucceeded((channel, value) => void refreshAfter(client, channel, value));
  onCallFailed((channel, error) => void refreshAfterFailure(client, channel, error.code));
});

afterEach(() => {
  onCallSucceeded(undefined);
  onCallFailed(undefined);
  client.clear();
  vi.unstubAllGlobals();
});

async function shown<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const observer = new QueryObserver(client, apiQueryOptions(channel, input));
  observer.subscribe(() => undefined);
  await vi.waitFor(() => {
    expect(observer.getCurrentResult().isFetched).toBe(true);
  });
  return observer;
}

const settled = () =>
  vi.waitFor(() => {
    expect(client.isFetching()).toBe(0);
  });

describe('refreshing cached answers after a failed call', () => {
  it('a write that failed on a full disk refetches what it would have changed and the header', async () => {
    await shown('lead:list', {});
    await shown('workspace:info', {});
    await shown('chain:list', {});
    served = [];
    failing['lead:create'] = 'WRITE_FAILED';
    await expect(call('lead:create', { enterpriseId: 1 })).rejects.toThrow('WRITE_FAILED');
    await settled();
    expect(served.sort()).toEqual(['lead:create', 'lead:list', 'workspace:info']);
  });

  it('a write refused as read-only refetches workspace:info, so the banner appears', async () => {
    await shown('workspace:info', {});
    served = [];
    failing['settings:set'] = 'READ_ONLY';
    await expect(call('settings:set', { defaultTargetCount: 3 })).rejects.toThrow();
    await settled();
    expect(served.sort()).toEqual(['settings:set', 'workspace:info']);
  });

  it('a read that meets a damaged file refetches workspace:info once (the gate then says so)', async () => {
    await shown('workspace:info', {});
    served = [];
    failing['chain:list'] = 'CORRUPT';
    failing['workspace:info'] = 'CORRUPT';
    await expect(call('chain:list', {})).rejects.toThrow();
    await settled();
    // workspace:info's own failure does not ask again: exactly one refetch, no loop.
    expect(served).toEqual(['chain:list', 'workspace:info']);
  });

  it('an input refusal refetches nothing', async () => {
    await shown('lead:list', {});
    served = [];
    failing['lead:create'] = 'INVALID_INPUT';
    await expect(call('lead:create', { enterpriseId: 1 })).rejects.toThrow();
    await settled();
    expect(served).toEqual(['lead:create']);
  });
});
