// A React hook over `call`: loading / error / ready state for one channel, refetched when the input
// changes, with stale answers ignored so a slow reply never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';

import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract.js';
import { call, toApiError, type ApiCallError } from '../api.js';

type Settled<T> = { status: 'error'; error: ApiCallError } | { status: 'ready'; data: T };

export type AsyncState<T> =
  | { status: 'idle' }
  /** `previous` keeps the last answer on screen while a new one loads (e.g. while typing a search). */
  | { status: 'loading'; previous?: T | undefined }
  | Settled<T>;

/** Pass `null` as input to wait (e.g. until a chain is chosen). */
export function useApi<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
): AsyncState<ChannelOutput<C>> & { reload: () => void } {
  const [settled, setSettled] = useState<{ request: string; state: Settled<ChannelOutput<C>> }>();
  const [generation, setGeneration] = useState(0);
  // Inputs are small plain objects: their JSON is a stable dependency key.
  const key = input === null ? null : JSON.stringify(input);
  const request = `${channel} ${String(generation)} ${key ?? ''}`;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (data) => {
        if (current) setSettled({ request, state: { status: 'ready', data } });
      },
      (e: unknown) => {
        if (current) setSettled({ request, state: { status: 'error', error: toApiError(e) } });
      },
    );
    return () => {
      current = false;
    };
  }, [channel, key, request]);

  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);

  if (key === null) return { status: 'idle', reload };
  if (settled?.request === request) return { ...settled.state, reload };
  const previous = settled?.state.status === 'ready' ? settled.state.data : undefined;
  return { status: 'loading', previous, reload };
}
