// Leaf segments at the edges of the fixture: a segment with nothing in it, a chain with no segments,
// and the figures a leaf carries into the tree (its depth, that it is a leaf, no stray notes).
import { describe, expect, it } from 'vitest';

import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import { handWorkspace, S, seg } from '../../../support/analysis-fixture.js';

const chainSegments = (data: ReturnType<typeof handWorkspace>, chainId: number) =>
  analyzeWorkspace(data).chains.find((c) => c.chainId === chainId)?.segments;

describe('leaf edges', () => {
  it('a segment with no firm and no link is missing, without the no-links note', () => {
    const data = handWorkspace();
    data.segments.push(seg(104, 10, S.parts, '液压阀'));
    const valve = chainSegments(data, 10)?.find((s) => s.segmentId === 104);
    expect(valve).toMatchObject({ state: 'missing', linkCount: 0, notes: [], beingFilled: false });
  });

  it('a chain with no segments has no segment states', () => {
    const data = handWorkspace();
    data.chains.push({
      id: 30,
      clusterId: 1,
      name: '新能源',
      owner: null,
      description: null,
      sortOrder: 2,
    });
    expect(chainSegments(data, 30)).toEqual([]);
  });

  it('a leaf knows its depth and that it is a leaf; broken and strong leaves carry no notes', () => {
    const all = chainSegments(handWorkspace(), 10) ?? [];
    const get = (id: number) => all.find((s) => s.segmentId === id);
    expect(get(S.cylinder)).toMatchObject({ isLeaf: true, depth: 1, notes: [] });
    expect(get(S.bearing)).toMatchObject({ isLeaf: true, depth: 1, state: 'broken', notes: [] });
    expect(get(S.parts)).toMatchObject({ isLeaf: false, depth: 0 });
  });
});
