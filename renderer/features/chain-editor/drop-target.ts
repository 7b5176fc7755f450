// Where a segment dropped in the editor's tree goes, from what antd's Tree reports about the drop:
// onto a segment (it becomes that segment's first child, where the Tree draws its drop line), or
// into the gap above or below a segment (beside it, among its siblings).
import { childrenOf, type TreeSegment } from '../../../shared/taxonomy/tree-move.js';

export type DropInfo = {
  dragId: number;
  targetId: number;
  /** true: dropped between rows; false: onto the target row itself. */
  dropToGap: boolean;
  /** Position relative to the target: -1 above it, 1 below it (0 onto it). */
  relative: number;
  /** The target row is expanded and shows its children. */
  targetOpen: boolean;
};

/** The new parent and index among its children (counted without the dragged one), or null. */
export function dropTarget(
  segments: readonly TreeSegment[],
  info: DropInfo,
): { parentId: number | null; index: number } | null {
  const target = segments.find((s) => s.id === info.targetId);
  if (!target || info.dragId === info.targetId) return null;
  const kids = (parentId: number | null) =>
    childrenOf(segments, parentId).filter((s) => s.id !== info.dragId);
  if (!info.dropToGap) return { parentId: target.id, index: 0 };
  if (info.relative === 1 && info.targetOpen && kids(target.id).length > 0)
    return { parentId: target.id, index: 0 };
  const siblings = kids(target.parentId);
  const at = siblings.findIndex((s) => s.id === target.id);
  return { parentId: target.parentId, index: info.relative === -1 ? at : at + 1 };
}

/** antd's dropPosition counts from the target's place among its siblings (the last part of `pos`). */
export const relativeDrop = (dropPosition: number, pos: string): number =>
  dropPosition - Number(pos.split('-').at(-1) ?? 0);
