// Leads (招商线索) as work items: list with segment/chain names, create (one call from a target row),
// update stage/owner/next step. Writes run in a transaction.
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import type { LeadStage } from '../../../shared/domain/schemas.js';
import { getLead, updateLead, type LeadPatch } from '../repositories/analysis-repository.js';
import { getEnterprise } from '../repositories/enterprise-repository.js';
import { insertLead } from '../repositories/link-repository.js';
import type { Workspace } from './workspace.js';

const LEAD_ROW_SQL = `
  SELECT l.id FROM lead l
   WHERE (@segmentId IS NULL OR l.segment_id = @segmentId)
     AND (@enterpriseId IS NULL OR l.enterprise_id = @enterpriseId)
   ORDER BY l.updated_at DESC, l.id DESC`;

function leadRow(ws: Workspace, id: number): LeadRow {
  const lead = getLead(ws.db, id);
  if (!lead) throw new AppError('NOT_FOUND', `线索不存在（id ${String(id)}）`);
  const extra = ws.db
    .prepare(
      `SELECT s.name AS segment_name, ch.id AS chain_id, ch.name AS chain_name, e.is_local
         FROM lead l LEFT JOIN segment s ON s.id = l.segment_id LEFT JOIN chain ch ON ch.id = s.chain_id
         LEFT JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id = ?`,
    )
    .get(id) as {
    segment_name: string | null;
    chain_id: number | null;
    chain_name: string | null;
    is_local: number | null;
  };
  return {
    ...lead,
    segmentName: extra.segment_name,
    chainId: extra.chain_id,
    chainName: extra.chain_name,
    enterpriseIsLocal: extra.is_local === null ? null : extra.is_local === 1,
  };
}

export function listLeadRows(
  ws: Workspace,
  filter: { segmentId?: number | undefined; enterpriseId?: number | undefined } = {},
): LeadRow[] {
  const ids = ws.db
    .prepare(LEAD_ROW_SQL)
    .all({ segmentId: filter.segmentId ?? null, enterpriseId: filter.enterpriseId ?? null }) as {
    id: number;
  }[];
  return ids.map((r) => leadRow(ws, r.id));
}

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
  if (!ws.db.prepare('SELECT 1 FROM segment WHERE id = ?').get(id)) {
    throw new AppError('NOT_FOUND', `环节不存在（id ${String(id)}）`);
  }
}

export function createLead(ws: Workspace, input: LeadCreate): LeadRow {
  const firm =
    input.enterpriseId === undefined ? undefined : getEnterprise(ws.db, input.enterpriseId);
  if (input.enterpriseId !== undefined && !firm) {
    throw new AppError('NOT_FOUND', `企业不存在（id ${String(input.enterpriseId)}）`);
  }
  if (input.segmentId !== undefined) requireSegment(ws, input.segmentId);
  const targetName = input.targetName ?? firm?.name;
  if (!targetName) throw new AppError('INVALID_INPUT', '需要目标企业或名称 / a target is required');
  const id = ws.db.transaction(() =>
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
  )();
  return leadRow(ws, id);
}

export function editLead(ws: Workspace, id: number, patch: LeadPatch): LeadRow {
  if (!getLead(ws.db, id)) throw new AppError('NOT_FOUND', `线索不存在（id ${String(id)}）`);
  if (patch.segmentId !== undefined && patch.segmentId !== null)
    requireSegment(ws, patch.segmentId);
  ws.db.transaction(() => {
    updateLead(ws.db, id, patch);
  })();
  return leadRow(ws, id);
}
