// Moving a segment within its chain's tree, as a pure plan: the rows whose parent, order or stage
// change. The editor's drag and drop and the service's write share it, so both agree on the result.
import type { Stage } from '../domain/schemas.js';

export type TreeSegment = {
  id: number;
  chainId: number;
  parentId: number | null;
  sortOrder: number;
  stage: Stage;
};

export type SegmentChange = {
  id: number;
  parentId: number | null;
  sortOrder: number;
  stage: Stage;
};

export type MovePlan =
  | { ok: true; changes: SegmentChange[] }
  | { ok: false; reason: 'unknown' | 'otherChain' | 'intoItself' };

/** Siblings in display order: sort order, then id (as the segment list is read). */
export function childrenOf<T extends TreeSegment>(
  segments: readonly T[],
  parentId: number | null,
): T[] {
  return segments
    .filter((s) => s.parentId === parentId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/** The segment and every segment below it. */
export function subtreeIds(segments: readonly TreeSegment[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of segments)
      if (s.parentId !== null && out.has(s.parentId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
  }
  return out;
}

/**
 * Puts segment `id` under `parentId` (null: top level) at position `index` among its new siblings
 * (counted without it). Below a parent the moved branch takes the parent's stage, so a branch never
 * sits in another stage's lane of the map; at the top level it keeps its own.
 */
export function planMove(
  segments: readonly TreeSegment[],
  id: number,
  parentId: number | null,
  index: number,
): MovePlan {
  const moved = segments.find((s) => s.id === id);
  const parent = parentId === null ? null : segments.find((s) => s.id === parentId);
  if (!moved || parent === undefined) return { ok: false, reason: 'unknown' };
  if (parent && parent.chainId !== moved.chainId) return { ok: false, reason: 'otherChain' };
  const branch = subtreeIds(segments, id);
  if (parent && branch.has(parent.id)) return { ok: false, reason: 'intoItself' };

  const siblings = childrenOf(segments, parentId).filter(
    (s) => s.id !== id && s.chainId === moved.chainId,
  );
  const at = Math.max(0, Math.min(index, siblings.length));
  siblings.splice(at, 0, moved);
  const stage = parent ? parent.stage : moved.stage;

  const changes = new Map<number, SegmentChange>();
  siblings.forEach((s, i) => {
    const isMoved = s.id === id;
    if (isMoved || s.sortOrder !== i)
      changes.set(s.id, { id: s.id, parentId, sortOrder: i, stage: isMoved ? stage : s.stage });
  });
  for (const s of segments)
    if (branch.has(s.id) && s.id !== id && s.stage !== stage)
      changes.set(s.id, { id: s.id, parentId: s.parentId, sortOrder: s.sortOrder, stage });
  return { ok: true, changes: [...changes.values()] };
}
