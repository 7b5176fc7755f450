// Fetches the network for the current filter, grouping and expanded groups straight from the api (not
// the shared query cache: the answer carries saved positions, which this page itself keeps changing).
import { useEffect, useState } from 'react';

import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.js';
import { call, toApiError, type ApiCallError } from '../../api.js';

export type NetworkAnswer = ChannelOutput<'network:graph'>;
export type NetworkState =
  | { status: 'loading'; previous: NetworkAnswer | undefined }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: NetworkAnswer };

export function useNetwork(
  input: ChannelInput<'network:graph'>,
): NetworkState & { reload: () => void } {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ key: string; state: NetworkState }>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    call('network:graph', JSON.parse(key) as ChannelInput<'network:graph'>).then(
      (data) => {
        if (current) setState({ key, state: { status: 'ready', data } });
      },
      (e: unknown) => {
        if (current) setState({ key, state: { status: 'error', error: toApiError(e) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = () => {
    setGeneration((n) => n + 1);
  };
  if (state?.key === key) return { ...state.state, reload };
  const previous = state?.state.status === 'ready' ? state.state.data : undefined;
  return { status: 'loading', previous, reload };
}
