// The network for the current filter, grouping and expanded groups through the shared query cache, so
// a write anywhere (an import, an edit, a lead) refreshes the picture on screen. The answer carries
// saved positions, which this page keeps changing itself, so an answer no page shows is dropped at
// once (gcTime 0): the next visit reads the positions fresh instead of drawing the old ones first.
import { hashKey, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.js';
import type { ApiCallError } from '../../api.js';
import { apiQueryOptions, asyncState } from '../../app/use-api.js';
import { arrivedAnswer, takePrefetched } from './prefetch.js';

export type NetworkAnswer = ChannelOutput<'network:graph'>;
export type NetworkState =
  | { status: 'loading'; previous: NetworkAnswer | undefined }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: NetworkAnswer };

export function useNetwork(
  input: ChannelInput<'network:graph'>,
): NetworkState & { reload: () => void } {
  const options = apiQueryOptions('network:graph', input);
  const key = hashKey(options.queryKey);
  // The prefetched answer, if it was here before the first render: shown until the query has it.
  const [arrived, setArrived] = useState(() => {
    const value = arrivedAnswer(input);
    return value ? { key, value } : null;
  });
  // Only for the input it came for, and only the first time: back at that input later, it is old.
  if (arrived && arrived.key !== key) setArrived(null);
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
  if (state.status === 'loading' && state.previous === undefined && arrived?.key === key)
    return { status: 'ready', data: arrived.value, reload };
  if (state.status === 'ready' || state.status === 'error') return { ...state, reload };
  return {
    status: 'loading',
    previous: state.status === 'loading' ? state.previous : undefined,
    reload,
  };
}
