// Asks for the network answer the moment the address enters the network page, while the app shell and
// the page's code (Cytoscape, the biggest chunk) are still loading: asked by the page itself, the
// request left only once that code had loaded and mounted (0.78 s after a reload instead of 0.30 s, on
// 2,000 firms). The page's first query takes that answer, once; an answer not taken soon, or one that
// may predate a write changing the network, is dropped, so the page never draws stale data. An answer
// already here when the page first renders is drawn in that render: waiting for the query to take it
// cost a render of the page without it and about 0.25 s before the drawing could start.
import { hashKey } from '@tanstack/react-query';

import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.js';
import { filterFromParams } from '../../../shared/network/filter.js';
import { call } from '../../api.js';

type Input = ChannelInput<'network:graph'>;
type Answer = ChannelOutput<'network:graph'>;

/** The page takes its answer within a second or two of entering; later, it asks afresh. */
const FRESH_MS = 5000;

let slot: { key: string; answer: Promise<Answer>; at: number; value?: Answer } | null = null;

/** What the page asks for when it opens: the address's filter and grouping, every group collapsed. */
export const openingInput = (params: Record<string, string>): Input => filterFromParams(params);

/** Starts the request for `input` and keeps its answer for the page's first query. */
export function prefetchNetwork(
  input: Input,
  now = Date.now(),
  ask: (input: Input) => Promise<Answer> = (i) => call('network:graph', i),
): void {
  const answer = ask(input);
  // The page reports a failure when it takes the answer; an answer nobody takes must not be an
  // unhandled rejection.
  answer.catch(() => undefined);
  const mine: NonNullable<typeof slot> = { key: hashKey([input]), answer, at: now };
  slot = mine;
  void answer.then(
    (value) => {
      mine.value = value;
    },
    () => undefined,
  );
}

/** The prefetched answer for exactly `input`, once, if still fresh; null otherwise. */
export function takePrefetched(input: Input, now = Date.now()): Promise<Answer> | null {
  const s = slot;
  slot = null;
  if (!s || s.key !== hashKey([input]) || now - s.at > FRESH_MS) return null;
  return s.answer;
}

/**
 * The prefetched answer for exactly `input` if it has arrived and is still fresh, without taking it:
 * the page draws it at once and its query still takes the same answer (the same object) from
 * `takePrefetched`, so nothing is drawn twice.
 */
export function arrivedAnswer(input: Input, now = Date.now()): Answer | undefined {
  const s = slot;
  if (!s || s.key !== hashKey([input]) || now - s.at > FRESH_MS) return undefined;
  return s.value;
}

/** A write that changes the network came in: a prefetched answer may predate it. */
export function dropPrefetched(): void {
  slot = null;
}
