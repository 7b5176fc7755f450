// Leads (招商线索) as work items: list with segment/chain names, create (one call from a target row),
// update stage/owner/next step, delete. Checks first, then one undoable edit per change.
import type { LeadStage } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { getEnterprise } from '../repositories/enterprise-repository.js';
import {
  deleteLead,
  insertLead,
  listLeadRows as leadRows,
  updateLead,
  type LeadFilter,
  type LeadPatch,
} from '../repositories/lead-repository.js';
import { getSegment } from '../repositories/taxonomy-repository.js';
import type { Workspace } from './workspace.js';
import { editWorkspace, type EditLabel } from './edit.js';

const missingLead = (id: number): AppError =>
  new AppError(
    'NOT_FOUND',
    `线索不存在（id ${String(id)}）`,
    undefined,
    `Lead not found (id ${String(id)})`,
  );

function leadRow(ws: Workspace, id: number): LeadRow {
  const [row] = leadRows(ws.db, { id });
  if (!row) throw missingLead(id);
  return row;
}

export const listLeadRows = (ws: Workspace, filter: Omit<LeadFilter, 'id'> = {}): LeadRow[] =>
  leadRows(ws.db, { segmentId: filter.segmentId, enterpriseId: filter.enterpriseId });

export type LeadCreate = {
  enterpriseId?: number | undefined;
  segmentId?: number | undefined;
  targetName?: string | undefined;
  stage: LeadStage;
  owner?: string | undefined;
  nextStep?: string | undefined;
  nextDate?: string | undefined;
  notes?: string | undefined;
};

function requireSegment(ws: Workspace, id: number): void {
  if (!getSegment(ws.db, id)) {
    throw new AppError(
      'NOT_FOUND',
      `环节不存在（id ${String(id)}）`,
      undefined,
      `Segment not found (id ${String(id)})`,
    );
  }
}

/** How undo names a change of the lead with this target. */
const labelOf = (verb: { zh: string; en: string }, target: string): EditLabel => ({
  zh: `${verb.zh}线索“${target}”`,
  en: `${verb.en} lead "${target}"`,
});

export async function createLead(ws: Workspace, input: LeadCreate): Promise<LeadRow> {
  const firm =
    input.enterpriseId === undefined ? undefined : getEnterprise(ws.db, input.enterpriseId);
  if (input.enterpriseId !== undefined && !firm) {
    const id = String(input.enterpriseId);
    throw new AppError(
      'NOT_FOUND',
      `企业不存在（id ${id}）`,
      undefined,
      `Firm not found (id ${id})`,
    );
  }
  if (input.segmentId !== undefined) requireSegment(ws, input.segmentId);
  const targetName = input.targetName ?? firm?.name;
  if (!targetName)
    throw new AppError('INVALID_INPUT', '需要目标企业或名称', undefined, 'A target is required');
  const label = labelOf({ zh: '新建', en: 'Create' }, targetName);
  const id = await editWorkspace(ws, label, () =>
    insertLead(ws.db, {
      enterpriseId: input.enterpriseId ?? null,
      targetName,
      segmentId: input.segmentId ?? null,
      stage: input.stage,
      owner: input.owner ?? null,
      nextStep: input.nextStep ?? null,
      nextDate: input.nextDate ?? null,
      notes: input.notes ?? null,
    }),
  );
  return leadRow(ws, id);
}

export async function editLead(ws: Workspace, id: number, patch: LeadPatch): Promise<LeadRow> {
  const { targetName } = leadRow(ws, id);
  if (patch.segmentId !== undefined && patch.segmentId !== null)
    requireSegment(ws, patch.segmentId);
  await editWorkspace(ws, labelOf({ zh: '修改', en: 'Edit' }, targetName), () => {
    updateLead(ws.db, id, patch);
  });
  return leadRow(ws, id);
}

/** Deletes a lead for good (the pipeline asks the user to confirm first). */
export async function removeLead(ws: Workspace, id: number): Promise<{ deleted: true }> {
  const { targetName } = leadRow(ws, id);
  const label = labelOf({ zh: '删除', en: 'Delete' }, targetName);
  const deleted = await editWorkspace(ws, label, () => deleteLead(ws.db, id), {
    destructive: true,
  });
  if (!deleted) throw missingLead(id);
  return { deleted: true };
}
