// Cutting a layout request down to the groups that gained firms: one group's firms as one loose set,
// several groups' firms each kept in their own group, so the groups do not end up in one heap.
import { describe, expect, it } from 'vitest';

import { scopedJob } from '../../../../../renderer/features/network/open-layout.js';
import type { LayoutNode } from '../../../../../renderer/features/network/layout/layout-protocol.js';

const n = (id: string, parent: string | null, w = 20): LayoutNode => ({
  id,
  parent,
  w,
  h: w,
  x: 0,
  y: 0,
  fixed: false,
});
const job = {
  nodes: [
    n('g:a', null, 0),
    n('g:b', null, 0),
    n('g:c', null, 0),
    n('f:1', 'g:a'),
    n('f:2', 'g:a'),
    n('f:3', 'g:b'),
    n('f:4', 'g:c'),
  ],
  edges: [
    { source: 'f:1', target: 'f:2' },
    { source: 'f:2', target: 'f:3' },
    { source: 'f:3', target: 'f:4' },
  ],
};

describe('scopedJob', () => {
  it('lays out one group’s firms as one set, with the links among them only', () => {
    const got = scopedJob(job, new Set(['f:1', 'f:2']));
    expect(got.nodes.map((x) => [x.id, x.parent])).toEqual([
      ['f:1', null],
      ['f:2', null],
    ]);
    expect(got.edges).toEqual([{ source: 'f:1', target: 'f:2' }]);
  });

  it('keeps each firm in its group when the firms of several groups are laid out', () => {
    const got = scopedJob(job, new Set(['f:1', 'f:2', 'f:3']));
    expect(got.nodes.map((x) => [x.id, x.parent])).toEqual([
      ['g:a', null],
      ['g:b', null],
      ['f:1', 'g:a'],
      ['f:2', 'g:a'],
      ['f:3', 'g:b'],
    ]);
    expect(got.edges).toHaveLength(2);
  });
});
