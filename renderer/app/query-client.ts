// The renderer's one cache of api answers, keyed by [channel, input], and how a successful write
// refreshes the answers it changed (the table in invalidation.ts) instead of counters and remounts.
import { QueryClient, type Query } from '@tanstack/react-query';

import type { Channel } from '../../shared/ipc/contract.js';
import { CHANNEL_EFFECTS, type ChannelEffect } from './invalidation.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The api is a local process: there is no network to wait for (an offline machine must not
        // pause the app) and no transient failure worth retrying; an error shows at once, with retry.
        networkMode: 'always',
        retry: false,
        // Writes refresh what they change; focus and reconnect events say nothing about the data.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/**
 * Failures after which the workspace itself may have changed state: made read-only, disk full,
 * damaged, or held by another program. The header, banner and gate read workspace:info again.
 */
const WORKSPACE_STATE_CODES: ReadonlySet<string> = new Set([
  'READ_ONLY',
  'WRITE_FAILED',
  'CORRUPT',
  'WORKSPACE_BUSY',
]);

/** Refused before the workspace was read: what is on screen is still what is stored. */
const REFUSED_BEFORE_READING: ReadonlySet<string> = new Set([
  'INVALID_INPUT',
  'UNSUPPORTED',
  'FORBIDDEN',
  'TOO_LARGE',
  'CANCELLED',
]);

/**
 * After `channel` failed: a write was rolled back, but the screen may show what the user typed or
 * an answer from before another program's change, so what the write would have made stale is
 * refetched (the screen then shows what is stored); a failure that says something about the
 * workspace itself also refetches workspace:info (never after workspace:info's own failure, which
 * would ask again forever).
 */
export async function refreshAfterFailure(
  client: QueryClient,
  channel: Channel,
  code: string,
): Promise<void> {
  const effect = CHANNEL_EFFECTS[channel];
  const refetchInfo = channel !== 'workspace:info' && WORKSPACE_STATE_CODES.has(code);
  if (effect.kind === 'write' && !REFUSED_BEFORE_READING.has(code))
    await refreshAfter(client, channel, undefined);
  if (refetchInfo) await client.invalidateQueries({ queryKey: ['workspace:info'] });
}

/** The channel a cached answer came from; undefined for a query keyed some other way. */
const effectOfQuery = (query: Query): ChannelEffect | undefined =>
  (CHANNEL_EFFECTS as Partial<Record<string, ChannelEffect>>)[String(query.queryKey[0])];

/**
 * After `channel` answered `value`: answers it made stale are refetched if on screen (the old one
 * stays visible meanwhile) and refetched on their next mount otherwise; another workspace drops all.
 */
export async function refreshAfter(
  client: QueryClient,
  channel: Channel,
  value: unknown,
): Promise<void> {
  const effect = CHANNEL_EFFECTS[channel];
  if (effect.kind === 'switch') {
    // null: the open/create dialog was cancelled and the workspace is the same.
    if (value !== null) await client.resetQueries();
    return;
  }
  if (effect.kind !== 'write') return;
  const { stale } = effect;
  await client.invalidateQueries({
    predicate: (query) => {
      // Any write can add an undo step or end the ones before it: the undo buttons ask again.
      if (query.queryKey[0] === 'edit:state') return true;
      const target = effectOfQuery(query);
      if (target?.kind !== 'read') return false;
      return stale === 'all' ? target.fixed !== true : stale.includes(query.queryKey[0] as Channel);
    },
  });
}
