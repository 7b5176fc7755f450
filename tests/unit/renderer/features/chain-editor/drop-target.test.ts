// Where a dragged segment lands for each kind of drop antd's Tree reports: onto a row, in the gap
// above or below it, just below an open parent; and the order the core's move then gives.
import { describe, expect, it } from 'vitest';

import {
  childrenOf,
  planMove,
  type TreeSegment,
} from '../../../../../shared/taxonomy/tree-move.js';
import {
  dropTarget,
  relativeDrop,
  type DropInfo,
} from '../../../../../renderer/features/chain-editor/drop-target.js';

const seg = (id: number, parentId: number | null, sortOrder: number): TreeSegment => ({
  id,
  chainId: 1,
  parentId,
  sortOrder,
  stage: 'upstream',
});
// 1 ─ 11, 12 ; 2 ; 3
const TREE = [seg(1, null, 0), seg(11, 1, 0), seg(12, 1, 1), seg(2, null, 1), seg(3, null, 2)];

const drop = (more: Partial<DropInfo> & Pick<DropInfo, 'dragId' | 'targetId'>) =>
  dropTarget(TREE, { dropToGap: true, relative: 1, targetOpen: false, ...more });

/** Top-level order after the drop, as the user would see it. */
function topAfter(info: Parameters<typeof drop>[0]): number[] {
  const to = drop(info);
  if (!to) throw new Error('no target');
  const plan = planMove(TREE, info.dragId, to.parentId, to.index);
  if (!plan.ok) throw new Error(plan.reason);
  const changed = new Map(plan.changes.map((c) => [c.id, c]));
  return childrenOf(
    TREE.map((s) => ({ ...s, ...changed.get(s.id) })),
    null,
  ).map((s) => s.id);
}

describe('dropTarget', () => {
  it('onto a row: first child of that segment', () => {
    expect(drop({ dragId: 3, targetId: 1, dropToGap: false, relative: 0 })).toEqual({
      parentId: 1,
      index: 0,
    });
    expect(drop({ dragId: 3, targetId: 2, dropToGap: false, relative: 0 })).toEqual({
      parentId: 2,
      index: 0,
    });
  });

  it('in the gap above a row: before it among its siblings', () => {
    expect(drop({ dragId: 3, targetId: 1, relative: -1 })).toEqual({ parentId: null, index: 0 });
    expect(topAfter({ dragId: 3, targetId: 1, relative: -1 })).toEqual([3, 1, 2]);
  });

  it('in the gap below a row: right after it, counting without the dragged one', () => {
    expect(topAfter({ dragId: 1, targetId: 2, relative: 1 })).toEqual([2, 1, 3]);
    expect(topAfter({ dragId: 3, targetId: 1, relative: 1 })).toEqual([1, 3, 2]);
  });

  it('just below an open parent with children: its first child', () => {
    expect(drop({ dragId: 3, targetId: 1, relative: 1, targetOpen: true })).toEqual({
      parentId: 1,
      index: 0,
    });
    // A closed parent: beside it, not inside.
    expect(drop({ dragId: 3, targetId: 1, relative: 1, targetOpen: false })).toEqual({
      parentId: null,
      index: 1,
    });
  });

  it('a sub-segment dragged beside a top segment becomes a top segment there', () => {
    expect(drop({ dragId: 12, targetId: 2, relative: -1 })).toEqual({ parentId: null, index: 1 });
  });

  it('a drop on itself or an unknown row is no move', () => {
    expect(drop({ dragId: 2, targetId: 2 })).toBeNull();
    expect(drop({ dragId: 2, targetId: 404 })).toBeNull();
  });
});

describe('relativeDrop', () => {
  it('reads antd’s absolute drop position against the row’s place', () => {
    expect(relativeDrop(2, '0-3')).toBe(-1);
    expect(relativeDrop(4, '0-3')).toBe(1);
    expect(relativeDrop(0, '0-0-0')).toBe(0);
  });
});
