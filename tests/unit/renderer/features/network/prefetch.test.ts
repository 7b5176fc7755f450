// The network answer asked for while the page's code loads: taken once by the page's first query for
// the same filter and grouping, never for another input, never when old or after a write that changes
// the network.
import { describe, expect, it } from 'vitest';

import type { ChannelOutput } from '../../../../../shared/ipc/contract.js';
import { changesNetwork } from '../../../../../renderer/app/invalidation.js';
import {
  arrivedAnswer,
  dropPrefetched,
  openingInput,
  prefetchNetwork,
  takePrefetched,
} from '../../../../../renderer/features/network/prefetch.js';

type Answer = ChannelOutput<'network:graph'>;
const answer = { viewKey: 'v' } as unknown as Answer;

function prefetch(params: Record<string, string>, at: number) {
  const asked: unknown[] = [];
  prefetchNetwork(openingInput(params), at, (input) => {
    asked.push(input);
    return Promise.resolve(answer);
  });
  return asked;
}

describe('network prefetch', () => {
  it('asks once for the address’s filter and hands that answer to the page’s first query only', async () => {
    const asked = prefetch({ group: 'chain', local: '1' }, 1000);
    expect(asked).toHaveLength(1);
    const page = openingInput({ local: '1', group: 'chain' });
    await expect(takePrefetched(page, 1500)).resolves.toBe(answer);
    // Taken once: a refetch asks the core afresh.
    expect(takePrefetched(page, 1600)).toBeNull();
  });

  it('does not hand over an answer for another filter or grouping', () => {
    prefetch({ group: 'chain' }, 1000);
    expect(takePrefetched(openingInput({ group: 'park' }), 1100)).toBeNull();
    prefetch({ group: 'chain' }, 1000);
    expect(
      takePrefetched({ ...openingInput({ group: 'chain' }), expanded: ['g:1'] }, 1100),
    ).toBeNull();
  });

  it('shows an answer that has arrived without taking it, so the query takes the same one', async () => {
    let arrive: (a: Answer) => void = () => undefined;
    prefetchNetwork(openingInput({ group: 'chain' }), 1000, () => new Promise((r) => (arrive = r)));
    const page = openingInput({ group: 'chain' });
    // On its way: the page waits for its query instead of drawing nothing.
    expect(arrivedAnswer(page, 1100)).toBeUndefined();
    arrive(answer);
    await Promise.resolve();
    await Promise.resolve();
    expect(arrivedAnswer(page, 1200)).toBe(answer);
    expect(arrivedAnswer(openingInput({ group: 'park' }), 1200)).toBeUndefined();
    expect(arrivedAnswer(page, 1000 + 5001)).toBeUndefined();
    await expect(takePrefetched(page, 1300)).resolves.toBe(answer);
    expect(arrivedAnswer(page, 1300)).toBeUndefined();
  });

  it('drops an answer not taken within seconds, or after a write that changes the network', () => {
    prefetch({}, 1000);
    expect(takePrefetched(openingInput({}), 1000 + 5001)).toBeNull();
    prefetch({}, 1000);
    dropPrefetched();
    expect(takePrefetched(openingInput({}), 1100)).toBeNull();
  });

  it('counts imports, edits of firms and links and a workspace switch as changing the network', () => {
    expect(changesNetwork('import:commit')).toBe(true);
    expect(changesNetwork('link:create')).toBe(true);
    expect(changesNetwork('workspace:open')).toBe(true);
    // Saving the network's own positions, or reading, does not.
    expect(changesNetwork('network:savePositions')).toBe(false);
    expect(changesNetwork('network:graph')).toBe(false);
  });
});
