// A React hook over `call`: loading / error / ready state for one channel, refetched when the input
// changes, with stale answers ignored so a slow reply never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';

import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract.js';
import { call, toApiError, type ApiCallError } from '../api.js';

export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T | undefined }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: T };

/** Pass `null` as input to wait (e.g. until a chain is chosen). */
export function useApi<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
): AsyncState<ChannelOutput<C>> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<ChannelOutput<C>>>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  // Inputs are small plain objects: their JSON is a stable dependency key.
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.data : undefined }));
    call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (e: unknown) => {
        if (current) setState({ status: 'error', error: toApiError(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [channel, key, generation]);

  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  return { ...state, reload };
}
