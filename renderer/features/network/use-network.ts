// The network for the current filter, grouping and expanded groups through the shared query cache, so
// a write anywhere (an import, an edit, a lead) refreshes the picture on screen. The answer carries
// saved positions, which this page keeps changing itself, so an answer no page shows is dropped at
// once (gcTime 0): the next visit reads the positions fresh instead of drawing the old ones first.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.js';
import type { ApiCallError } from '../../api.js';
import { apiQueryOptions, asyncState } from '../../app/use-api.js';
import { takePrefetched } from './prefetch.js';

export type NetworkAnswer = ChannelOutput<'network:graph'>;
export type NetworkState =
  | { status: 'loading'; previous: NetworkAnswer | undefined }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: NetworkAnswer };

export function useNetwork(
  input: ChannelInput<'network:graph'>,
): NetworkState & { reload: () => void } {
  const options = apiQueryOptions('network:graph', input);
  const query = useQuery({
    ...options,
    // The answer asked for while this page's code was loading, if it is for this input.
    queryFn: () => takePrefetched(input) ?? options.queryFn(),
    gcTime: 0,
  });
  const { refetch } = query;
  const reload = useCallback(() => {
    void refetch();
  }, [refetch]);
  const state = asyncState(query, false);
  if (state.status === 'ready' || state.status === 'error') return { ...state, reload };
  return {
    status: 'loading',
    previous: state.status === 'loading' ? state.previous : undefined,
    reload,
  };
}
