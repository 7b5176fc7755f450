// The segment tree's drag-move as a pure plan: order among the new siblings, the branch's stage
// under a new parent, and the moves that would lose a branch (into itself, another chain) refused.
import { describe, expect, it } from 'vitest';

import type { Stage } from '../../../../shared/domain/schemas.js';
import {
  childrenOf,
  planMove,
  subtreeIds,
  type SegmentChange,
  type TreeSegment,
} from '../../../../shared/taxonomy/tree-move.js';

const seg = (
  id: number,
  parentId: number | null,
  sortOrder: number,
  stage: Stage = 'upstream',
  chainId = 1,
): TreeSegment => ({ id, chainId, parentId, sortOrder, stage });

// 1 原材料 (up) ─ 11 钢材, 12 橡胶
// 2 零部件 (up) ─ 21 油缸 ─ 211 密封件
// 3 整机 (mid)
// 9 other chain
const TREE = [
  seg(1, null, 0),
  seg(11, 1, 0),
  seg(12, 1, 1),
  seg(2, null, 1),
  seg(21, 2, 0),
  seg(211, 21, 0),
  seg(3, null, 2, 'midstream'),
  seg(9, null, 0, 'upstream', 2),
];

/** The tree after applying a plan's changes, as parent → ordered child ids. */
function apply(tree: readonly TreeSegment[], changes: readonly SegmentChange[]): TreeSegment[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  return tree.map((s) => ({ ...s, ...byId.get(s.id) }));
}
const kids = (tree: readonly TreeSegment[], parent: number | null, chain = 1) =>
  childrenOf(
    tree.filter((s) => s.chainId === chain),
    parent,
  ).map((s) => s.id);

function moved(id: number, parentId: number | null, index: number): TreeSegment[] {
  const plan = planMove(TREE, id, parentId, index);
  if (!plan.ok) throw new Error(plan.reason);
  return apply(TREE, plan.changes);
}

describe('planMove', () => {
  it('reorders siblings: the last child to the front', () => {
    expect(kids(moved(12, 1, 0), 1)).toEqual([12, 11]);
  });

  it('reorders top segments: 整机 before 原材料, stage kept at the top level', () => {
    const after = moved(3, null, 0);
    expect(kids(after, null)).toEqual([3, 1, 2]);
    expect(after.find((s) => s.id === 3)?.stage).toBe('midstream');
  });

  it('moves a branch under another parent at the index, children travelling with it', () => {
    const after = moved(21, 1, 1);
    expect(kids(after, 1)).toEqual([11, 21, 12]);
    expect(kids(after, 2)).toEqual([]);
    expect(after.find((s) => s.id === 211)?.parentId).toBe(21);
  });

  it('gives a branch moved under a parent that parent’s stage, down to its leaves', () => {
    const after = moved(2, 3, 0);
    expect(kids(after, 3)).toEqual([2]);
    for (const id of [2, 21, 211]) expect(after.find((s) => s.id === id)?.stage).toBe('midstream');
    // Nothing outside the branch changes stage.
    expect(after.find((s) => s.id === 11)?.stage).toBe('upstream');
  });

  it('clamps an index past the end to the last place and counts siblings without the moved one', () => {
    expect(kids(moved(11, 1, 99), 1)).toEqual([12, 11]);
    expect(kids(moved(11, 1, 1), 1)).toEqual([12, 11]);
    expect(kids(moved(11, 1, 0), 1)).toEqual([11, 12]);
  });

  it('promotes a sub-segment to the top level between two top segments', () => {
    const after = moved(211, null, 2);
    expect(kids(after, null)).toEqual([1, 2, 211, 3]);
    expect(kids(after, 21)).toEqual([]);
  });

  it('refuses a move into the segment itself or its own branch', () => {
    expect(planMove(TREE, 2, 2, 0)).toEqual({ ok: false, reason: 'intoItself' });
    expect(planMove(TREE, 2, 211, 0)).toEqual({ ok: false, reason: 'intoItself' });
  });

  it('refuses a parent in another chain and unknown ids', () => {
    expect(planMove(TREE, 21, 9, 0)).toEqual({ ok: false, reason: 'otherChain' });
    expect(planMove(TREE, 404, null, 0)).toEqual({ ok: false, reason: 'unknown' });
    expect(planMove(TREE, 21, 404, 0)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('does not touch the other chain’s top segments when reordering this chain’s', () => {
    const plan = planMove(TREE, 3, null, 0);
    expect(plan.ok && plan.changes.map((c) => c.id)).not.toContain(9);
  });

  it('a drop back on the same place changes nothing but the moved row', () => {
    const plan = planMove(TREE, 12, 1, 1);
    expect(plan).toEqual({
      ok: true,
      changes: [{ id: 12, parentId: 1, sortOrder: 1, stage: 'upstream' }],
    });
  });
});

describe('subtreeIds', () => {
  it('holds the segment and everything below it, nothing else', () => {
    expect([...subtreeIds(TREE, 2)].sort((a, b) => a - b)).toEqual([2, 21, 211]);
    expect([...subtreeIds(TREE, 12)]).toEqual([12]);
  });
});
