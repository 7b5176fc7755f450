// Hand edits of a chain's segment tree: add, edit (name, stage, key flag, target count), move by drag
// and delete. Rules: names are unique within a chain (folded as the importer matches them, so an
// exported template imports back); a sub-segment's stage is its top segment's; deleting a segment
// removes its 挂链, keeps its links and leads without a segment (a lead notes which one it lost) and
// takes its sub-segments with it unless they are kept, when they move up one level in its place.
import type { Chain, Segment, Stage } from '../../../shared/domain/schemas.js';
import type { SegmentFields } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { foldKey } from '../../../shared/spreadsheet/normalize-cell.js';
import {
  childrenOf,
  planMove,
  subtreeIds,
  type TreeSegment,
} from '../../../shared/taxonomy/tree-move.js';
import {
  deleteSegment,
  getChain,
  getSegment,
  insertSegment,
  listSegments,
  nextSegmentOrder,
  noteLeadsOfSegment,
  updateSegment,
} from '../repositories/taxonomy-repository.js';
import { editWorkspace } from './edit.js';
import { nameTaken, notFound, segmentsDeleted } from './taxonomy-impact.js';
import type { Workspace } from './workspace.js';

function requireSegment(ws: Workspace, id: number): Segment {
  const seg = getSegment(ws.db, id);
  if (!seg) throw notFound('segment', id);
  return seg;
}

function checkName(segments: readonly Segment[], name: string, self: number | null): void {
  const key = foldKey(name);
  if (segments.some((s) => s.id !== self && foldKey(s.name) === key))
    throw nameTaken('本产业链中环节', 'A segment of this chain named', name);
}

/** "工程机械 › 核心零部件 › 油缸": how a lead remembers a segment that is gone. */
function pathOf(chain: Chain, segments: readonly Segment[], seg: Segment): string {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const names: string[] = [];
  for (let s: Segment | undefined = seg; s && names.length < 50;) {
    names.unshift(s.name);
    s = s.parentId === null ? undefined : byId.get(s.parentId);
  }
  return [chain.name, ...names].join(' › ');
}

/** Writes into each lead on a segment about to go which segment it was meant to fill. */
export function noteLeadsBeforeDelete(
  ws: Workspace,
  chain: Chain,
  deleted: readonly Segment[],
  all: readonly Segment[] = deleted,
): void {
  for (const seg of deleted)
    noteLeadsOfSegment(ws.db, seg.id, `原环节“${pathOf(chain, all, seg)}”已删除`);
}

function applyChanges(ws: Workspace, changes: readonly Omit<TreeSegment, 'chainId'>[]): void {
  for (const c of changes) {
    const seg = requireSegment(ws, c.id);
    updateSegment(ws.db, { ...seg, parentId: c.parentId, sortOrder: c.sortOrder, stage: c.stage });
  }
}

export async function createSegment(
  ws: Workspace,
  input: { chainId: number; parentId: number | null; fields: SegmentFields },
): Promise<Segment> {
  const chain = getChain(ws.db, input.chainId);
  if (!chain) throw notFound('chain', input.chainId);
  const segments = listSegments(ws.db, chain.id);
  const parent = input.parentId === null ? null : requireSegment(ws, input.parentId);
  if (parent && parent.chainId !== chain.id)
    throw new AppError(
      'INVALID_INPUT',
      '上级环节不在这条产业链中',
      { field: 'parentId' },
      'The parent segment belongs to another chain',
    );
  checkName(segments, input.fields.name, null);
  const { name } = input.fields;
  const id = await editWorkspace(
    ws,
    { zh: `在“${chain.name}”中新建环节“${name}”`, en: `Add segment '${name}' to '${chain.name}'` },
    () =>
      insertSegment(ws.db, {
        chainId: chain.id,
        parentId: parent?.id ?? null,
        name,
        stage: parent?.stage ?? input.fields.stage,
        isKey: input.fields.isKey,
        targetCount: input.fields.targetCount,
        sortOrder: nextSegmentOrder(ws.db, chain.id, parent?.id ?? null),
      }),
  );
  return requireSegment(ws, id);
}

/** Edits the fields; a new stage on a top segment applies to its whole branch. */
export async function editSegment(
  ws: Workspace,
  input: { id: number; fields: SegmentFields },
): Promise<Segment> {
  const old = requireSegment(ws, input.id);
  const segments = listSegments(ws.db, old.chainId);
  const { name, isKey, targetCount } = input.fields;
  if (name !== old.name) checkName(segments, name, old.id);
  const parent = old.parentId === null ? null : requireSegment(ws, old.parentId);
  const stage: Stage = parent?.stage ?? input.fields.stage;
  const branch = subtreeIds(segments, old.id);
  const label =
    name !== old.name
      ? { zh: `环节“${old.name}”改名为“${name}”`, en: `Rename segment '${old.name}' to '${name}'` }
      : { zh: `修改环节“${old.name}”`, en: `Edit segment '${old.name}'` };
  await editWorkspace(ws, label, () => {
    updateSegment(ws.db, { ...old, name, stage, isKey, targetCount });
    if (stage !== old.stage)
      for (const s of segments)
        if (s.id !== old.id && branch.has(s.id)) updateSegment(ws.db, { ...s, stage });
  });
  return requireSegment(ws, old.id);
}

const indexOf = (segments: readonly Segment[], seg: Segment): number =>
  childrenOf(segments, seg.parentId).findIndex((s) => s.id === seg.id);

const MOVE_REFUSED = {
  unknown: ['目标位置的环节不存在', 'The segment at the drop position does not exist'],
  otherChain: ['环节只能在同一条产业链内移动', 'A segment can only move within its chain'],
  intoItself: ['不能把环节移到它自己的下级环节中', 'A segment cannot move into its own branch'],
} as const;

export async function moveSegment(
  ws: Workspace,
  input: { id: number; parentId: number | null; index: number },
): Promise<Segment> {
  const seg = requireSegment(ws, input.id);
  const segments = listSegments(ws.db, seg.chainId);
  const parent = input.parentId === null ? undefined : getSegment(ws.db, input.parentId);
  // A parent from another chain is passed along so the plan refuses it by that reason.
  const pool = parent && parent.chainId !== seg.chainId ? [...segments, parent] : segments;
  const plan = planMove(pool, seg.id, input.parentId, input.index);
  if (!plan.ok) {
    const [zh, en] = MOVE_REFUSED[plan.reason];
    throw new AppError('INVALID_INPUT', zh, { field: 'parentId' }, en);
  }
  await editWorkspace(
    ws,
    parent
      ? {
          zh: `把环节“${seg.name}”移到“${parent.name}”下`,
          en: `Move '${seg.name}' under '${parent.name}'`,
        }
      : { zh: `移动环节“${seg.name}”`, en: `Move segment '${seg.name}'` },
    () => {
      applyChanges(ws, plan.changes);
    },
  );
  return requireSegment(ws, seg.id);
}

export async function removeSegment(
  ws: Workspace,
  input: { id: number; keepChildren?: boolean | undefined },
): Promise<{ deleted: true }> {
  const seg = requireSegment(ws, input.id);
  const chain = getChain(ws.db, seg.chainId);
  if (!chain) throw notFound('chain', seg.chainId);
  const keep = input.keepChildren === true;
  const all = listSegments(ws.db, seg.chainId);
  const gone = new Set(segmentsDeleted(ws, seg.id, keep));
  await editWorkspace(
    ws,
    { zh: `删除环节“${seg.name}”`, en: `Delete segment '${seg.name}'` },
    () => {
      if (keep) {
        // Each child in turn goes right after the segment (which is still there), in their order.
        let current: Segment[] = all;
        const at = indexOf(all, seg);
        childrenOf(all, seg.id).forEach((child, i) => {
          const plan = planMove(current, child.id, seg.parentId, at + 1 + i);
          if (!plan.ok) return;
          applyChanges(ws, plan.changes);
          current = listSegments(ws.db, seg.chainId);
        });
      }
      noteLeadsBeforeDelete(
        ws,
        chain,
        all.filter((s) => gone.has(s.id)),
        all,
      );
      deleteSegment(ws.db, seg.id);
    },
    { destructive: true },
  );
  return { deleted: true };
}
