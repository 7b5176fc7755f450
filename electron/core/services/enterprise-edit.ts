// Hand edits of one firm: its fields and former names, delete, and its 挂链. Every write is one
// labelled, undoable edit (editWorkspace); checks that need the stored rows run before it.
import type { Enterprise } from '../../../shared/domain/schemas.js';
import { validateUscc } from '../../../shared/domain/uscc.js';
import type {
  Duplicate,
  EnterpriseDraft,
  EnterpriseImpact,
} from '../../../shared/ipc/enterprise-edit-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import { canonicalTags } from '../../../shared/spreadsheet/tag-flags.js';
import {
  clearPrimary,
  deleteEnterprise,
  deleteMapping,
  enterpriseImpact,
  getEnterprise,
  insertEnterprise,
  listAliases,
  listFirmNames,
  listMappings,
  replaceAliases,
  updateEnterprise,
  upsertMapping,
} from '../repositories/enterprise-repository.js';
import { getSegment } from '../repositories/taxonomy-repository.js';
import { editWorkspace } from './edit.js';
import type { Workspace } from './workspace.js';

export const firmNotFound = (id: number): AppError =>
  new AppError(
    'NOT_FOUND',
    `企业不存在（id ${String(id)}）`,
    undefined,
    `Firm not found (id ${String(id)})`,
  );

export function requireFirm(ws: Workspace, id: number): Enterprise {
  const firm = getEnterprise(ws.db, id);
  if (!firm) throw firmNotFound(id);
  return firm;
}

const invalid = (zh: string, en: string, field: string): AppError =>
  new AppError('INVALID_INPUT', zh, [{ path: [field], message: `${zh} / ${en}` }], en);

export function editableEnterprise(ws: Workspace, id: number) {
  return {
    enterprise: requireFirm(ws, id),
    aliases: listAliases(ws.db, id),
    impact: enterpriseImpact(ws.db, id),
  };
}

/** Firms the name or USCC may already be, the same USCC first; `excludeId` is the firm being edited. */
export function findDuplicates(
  ws: Workspace,
  query: { name?: string | undefined; uscc?: string | undefined; excludeId?: number | undefined },
): Duplicate[] {
  const { firms, aliases } = listFirmNames(ws.db);
  const uscc = query.uscc ? validateUscc(query.uscc) : undefined;
  const code = uscc?.ok ? uscc.value : undefined;
  const key = query.name?.trim() ? nameKey(query.name) : undefined;
  const out = new Map<number, Duplicate>();
  const add = (
    f: { id: number; name: string; uscc: string | null },
    reason: Duplicate['reason'],
  ) => {
    if (f.id !== query.excludeId && !out.has(f.id)) out.set(f.id, { ...f, reason });
  };
  if (code) for (const f of firms) if (f.uscc === code) add(f, 'uscc');
  if (key) {
    for (const f of firms) if (nameKey(f.name) === key) add(f, 'name');
    const byId = new Map(firms.map((f) => [f.id, f]));
    for (const a of aliases) {
      const f = byId.get(a.id);
      if (f && nameKey(a.alias) === key) add(f, 'alias');
    }
  }
  return [...out.values()].slice(0, 10);
}

/** The stored record of a draft; refuses a USCC another firm has, or a new code with a wrong check character. */
function toRecord(ws: Workspace, draft: EnterpriseDraft, current?: Enterprise) {
  if (draft.uscc !== null && draft.uscc !== current?.uscc) {
    const r = validateUscc(draft.uscc);
    if (!r.ok)
      throw invalid(`统一社会信用代码：${r.message}`, 'USCC: wrong check character', 'uscc');
    const holder = findDuplicates(ws, { uscc: draft.uscc, excludeId: current?.id }).find(
      (d) => d.reason === 'uscc',
    );
    if (holder) {
      throw invalid(
        `统一社会信用代码 ${draft.uscc} 已属于「${holder.name}」`,
        `USCC ${draft.uscc} already belongs to "${holder.name}"`,
        'uscc',
      );
    }
  }
  // 规上 is one fact, the flag: a 规上 tag (or a variant) sets it and is not kept as a tag, so
  // unticking the box in the form is enough to clear it.
  const tags = canonicalTags(draft.tags);
  const { aliases: _aliases, ...fields } = draft;
  return {
    ...fields,
    isAboveScale: draft.isAboveScale || tags.includes('规上'),
    tags: tags.filter((t) => t !== '规上'),
  };
}

/** Former names without the current name and without repeats (compared as the importer does). */
function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  return aliases.filter((a) => {
    const k = nameKey(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function createEnterprise(
  ws: Workspace,
  draft: EnterpriseDraft,
): Promise<{ id: number }> {
  const record = toRecord(ws, draft);
  const id = await editWorkspace(
    ws,
    { zh: `新建企业「${draft.name}」`, en: `Create firm "${draft.name}"` },
    () => {
      const newId = insertEnterprise(ws.db, { ...record, isDemo: false });
      replaceAliases(ws.db, newId, cleanAliases(draft.name, draft.aliases));
      return newId;
    },
  );
  return { id };
}

export async function updateEnterpriseFields(
  ws: Workspace,
  id: number,
  draft: EnterpriseDraft,
): Promise<{ id: number }> {
  const current = requireFirm(ws, id);
  const record = toRecord(ws, draft, current);
  await editWorkspace(
    ws,
    { zh: `编辑企业「${draft.name}」`, en: `Edit firm "${draft.name}"` },
    () => {
      updateEnterprise(ws.db, id, record);
      replaceAliases(ws.db, id, cleanAliases(draft.name, draft.aliases));
    },
  );
  return { id };
}

/** Deletes a firm with its links, 挂链 and former names (a backup is kept first); answers what went. */
export async function removeEnterprise(ws: Workspace, id: number): Promise<EnterpriseImpact> {
  const firm = requireFirm(ws, id);
  return editWorkspace(
    ws,
    { zh: `删除企业「${firm.name}」`, en: `Delete firm "${firm.name}"` },
    () => {
      const impact = enterpriseImpact(ws.db, id);
      deleteEnterprise(ws.db, id);
      return impact;
    },
    { destructive: true },
  );
}

export async function mapSegment(
  ws: Workspace,
  m: {
    enterpriseId: number;
    segmentId: number;
    isPrimary: boolean;
    status: 'confirmed' | 'uncertain' | 'rejected';
    evidence?: string | null | undefined;
  },
): Promise<{ ok: true }> {
  const firm = requireFirm(ws, m.enterpriseId);
  const segment = getSegment(ws.db, m.segmentId);
  if (!segment) {
    const sid = String(m.segmentId);
    throw new AppError(
      'NOT_FOUND',
      `环节不存在（id ${sid}）`,
      undefined,
      `Segment not found (id ${sid})`,
    );
  }
  const existing = listMappings(ws.db, { enterpriseId: firm.id }).find(
    (x) => x.segmentId === segment.id,
  );
  const verb = existing ? { zh: '修改挂链', en: 'Edit segment of' } : { zh: '挂链', en: 'Map' };
  await editWorkspace(
    ws,
    {
      zh: `${verb.zh}「${firm.name}」→ ${segment.name}`,
      en: `${verb.en} "${firm.name}" → ${segment.name}`,
    },
    () => {
      upsertMapping(ws.db, {
        enterpriseId: firm.id,
        segmentId: segment.id,
        isPrimary: m.isPrimary,
        status: m.status,
        evidence: m.evidence === undefined ? (existing?.evidence ?? null) : m.evidence,
      });
      if (m.isPrimary) clearPrimary(ws.db, firm.id, segment.id);
    },
  );
  return { ok: true };
}

export async function unmapSegment(
  ws: Workspace,
  enterpriseId: number,
  segmentId: number,
): Promise<{ ok: true }> {
  const firm = requireFirm(ws, enterpriseId);
  const segment = getSegment(ws.db, segmentId);
  const name = segment?.name ?? String(segmentId);
  await editWorkspace(
    ws,
    { zh: `取消挂链「${firm.name}」→ ${name}`, en: `Unmap "${firm.name}" → ${name}` },
    () => {
      if (!deleteMapping(ws.db, enterpriseId, segmentId)) {
        throw new AppError(
          'NOT_FOUND',
          `「${firm.name}」没有挂在该环节上`,
          undefined,
          `"${firm.name}" is not mapped to that segment`,
        );
      }
    },
  );
  return { ok: true };
}
