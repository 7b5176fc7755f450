// A React hook over `call` backed by the query cache: loading / error / ready state for one channel and
// input, cached by [channel, input], refetched when a write makes it stale (see invalidation.ts).
import { keepPreviousData, useQuery, type QueryObserverResult } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract.js';
import { call, toApiError, type ApiCallError } from '../api.js';

type Settled<T> = { status: 'error'; error: ApiCallError } | { status: 'ready'; data: T };

export type AsyncState<T> =
  | { status: 'idle' }
  /** `previous` keeps the last answer on screen while a new one loads (e.g. while typing a search). */
  | { status: 'loading'; previous?: T | undefined }
  | Settled<T>;

/**
 * Pass `null` as input to wait (e.g. until a chain is chosen). A refetch of the same input (after a
 * write) stays `ready` on the answer shown; a new input is `loading` with the previous answer.
 */
export function useApi<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
): AsyncState<ChannelOutput<C>> & { reload: () => void } {
  const query = useQuery(apiQueryOptions(channel, input));
  const { refetch } = query;
  const reload = useCallback(() => {
    void refetch();
  }, [refetch]);
  return { ...asyncState(query, input === null), reload };
}

/** One channel and input as a cached query: disabled while the input is null. */
export const apiQueryOptions = <C extends Channel>(channel: C, input: ChannelInput<C> | null) => ({
  queryKey: [channel, input] as const,
  queryFn: () => call(channel, input as ChannelInput<C>),
  enabled: input !== null,
  placeholderData: keepPreviousData,
});

/** The cache's view of a query in the shape the pages read. */
export function asyncState<T>(result: QueryObserverResult<T>, waiting: boolean): AsyncState<T> {
  if (waiting) return { status: 'idle' };
  if (result.isPlaceholderData) return { status: 'loading', previous: result.data };
  // A retry after an error shows as loading, so the retry button visibly does something.
  if (result.isError && !result.isFetching) {
    return { status: 'error', error: toApiError(result.error) };
  }
  if (result.isSuccess) return { status: 'ready', data: result.data };
  return { status: 'loading' };
}
