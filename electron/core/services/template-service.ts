// Chain-template use-cases: the built-in library (list, one template, as .xlsx), adding a template
// to a workspace in one transaction (new chain, copy, or merge into the chain of the same name), and
// adding the chains a shared spreadsheet defines, read by the same sandboxed reader as imports.
import { AppError } from '../../../shared/ipc/result.js';
import { findTemplate, TEMPLATE_LIBRARY } from '../../../shared/templates/library/index.js';
import {
  planAdd,
  type AddPlan,
  type ConflictChoice,
  type ExistingTaxonomy,
} from '../../../shared/templates/plan-add.js';
import {
  templateRows,
  type ChainTemplate,
  type TemplateRow,
} from '../../../shared/templates/schema.js';
import {
  templatesFromSheets,
  templateTable,
  type SheetTemplate,
  type TemplateIssue,
} from '../../../shared/templates/sheet.js';
import { writeXlsx } from '../export/write-xlsx.js';
import { FileRejectedError } from '../import/file-rejected.js';
import { defaultTransport, type ParseTransport } from '../import/parse-transport.js';
import {
  insertChain,
  insertCluster,
  insertSegment,
  listChains,
  listClusters,
  listSegments,
} from '../repositories/taxonomy-repository.js';
import type { Workspace } from './workspace.js';
import { editWorkspaceNow, type EditLabel } from './edit.js';

export type TemplateTarget = { clusterId: number } | { newCluster: string };

export type AddResult =
  | { status: 'conflict'; templateName: string; chainId: number; chainName: string }
  | {
      status: 'added';
      mode: 'new' | 'copy' | 'merge';
      chainId: number;
      chainName: string;
      clusterId: number;
      /** Segments written, and (merge) template segments the chain already had. */
      added: number;
      matched: number;
    };

export type TemplateSummary = Pick<
  ChainTemplate,
  'id' | 'name' | 'title' | 'titleEn' | 'cluster' | 'description'
> & {
  segments: number;
  keySegments: number;
  stages: { upstream: number; midstream: number; downstream: number };
};

function summary(t: ChainTemplate): TemplateSummary {
  const rows = templateRows(t);
  const count = (stage: TemplateRow['stage']) => rows.filter((r) => r.stage === stage).length;
  return {
    id: t.id,
    name: t.name,
    title: t.title,
    titleEn: t.titleEn,
    cluster: t.cluster,
    description: t.description,
    segments: rows.length,
    keySegments: rows.filter((r) => r.isKey).length,
    stages: {
      upstream: count('upstream'),
      midstream: count('midstream'),
      downstream: count('downstream'),
    },
  };
}

export const templateList = (): TemplateSummary[] => TEMPLATE_LIBRARY.map(summary);

export function libraryTemplate(id: string): ChainTemplate {
  const t = findTemplate(id);
  if (!t)
    throw new AppError(
      'NOT_FOUND',
      `模板库中没有“${id}”（可用：${TEMPLATE_LIBRARY.map((x) => x.name).join('、')}）`,
      undefined,
      `No template "${id}" in the library (available: ${TEMPLATE_LIBRARY.map((x) => x.id).join(', ')})`,
    );
  return t;
}

export const templateDetail = (id: string): TemplateSummary & { rows: TemplateRow[] } => {
  const t = libraryTemplate(id);
  return { ...summary(t), rows: templateRows(t) };
};

/** The template as an .xlsx with the workspace's 产业链 columns. */
export async function templateWorkbook(id: string): Promise<{ fileName: string; bytes: Buffer }> {
  const t = libraryTemplate(id);
  return { fileName: `产业链模板-${t.name}.xlsx`, bytes: await writeXlsx([templateTable(t)]) };
}

function existing(ws: Workspace): ExistingTaxonomy {
  return {
    clusters: listClusters(ws.db),
    chains: listChains(ws.db),
    segments: listSegments(ws.db),
  };
}

const PALETTE = ['#1677ff', '#13a8a8', '#52c41a', '#722ed1', '#fa8c16', '#eb2f96', '#2f54eb'];

function assertCluster(ws: ExistingTaxonomy, target: TemplateTarget): void {
  if ('clusterId' in target && !ws.clusters.some((c) => c.id === target.clusterId))
    throw new AppError(
      'NOT_FOUND',
      '所选产业集群不存在',
      undefined,
      'The chosen cluster does not exist',
    );
  if ('newCluster' in target && target.newCluster.trim() === '')
    throw new AppError(
      'INVALID_INPUT',
      '新产业集群的名称为空',
      undefined,
      'The new cluster has no name',
    );
}

/** Writes one plan (not a conflict); returns what was written. */
function applyPlan(
  ws: Workspace,
  plan: Exclude<AddPlan, { kind: 'conflict' }>,
  description: string | null,
): AddResult {
  const now = existing(ws);
  let chainId: number;
  let clusterId: number;
  if (plan.kind === 'merge') {
    chainId = plan.chainId;
    clusterId = now.chains.find((c) => c.id === chainId)?.clusterId ?? 0;
  } else {
    if ('id' in plan.cluster) clusterId = plan.cluster.id;
    else {
      const order = Math.max(-1, ...listClusters(ws.db).map((c) => c.sortOrder)) + 1;
      clusterId = insertCluster(ws.db, {
        name: plan.cluster.create,
        color: PALETTE[now.clusters.length % PALETTE.length] ?? '#1677ff',
        sortOrder: order,
      });
    }
    const siblings = now.chains.filter((c) => c.clusterId === clusterId);
    chainId = insertChain(ws.db, {
      clusterId,
      name: plan.chainName,
      owner: null,
      description,
      sortOrder: siblings.length,
    });
  }
  const ids: number[] = [];
  for (const s of plan.inserts) {
    const parentId =
      s.parent === null
        ? null
        : 'existing' in s.parent
          ? s.parent.existing
          : (ids[s.parent.planned] ?? null);
    ids.push(
      insertSegment(ws.db, {
        chainId,
        parentId,
        name: s.name,
        stage: s.stage,
        isKey: s.isKey,
        targetCount: s.targetCount,
        sortOrder: s.sortOrder,
      }),
    );
  }
  return {
    status: 'added',
    mode: plan.kind,
    chainId,
    chainName: plan.chainName,
    clusterId,
    added: plan.inserts.length,
    matched: plan.matched,
  };
}

type Addable = { name: string; description: string; segments: ChainTemplate['segments'] };
type Placed = { template: Addable; target: TemplateTarget };

/** How undo names adding these templates. */
function addLabel(items: readonly Placed[]): EditLabel {
  const names = items.map((i) => i.template.name);
  return {
    zh: `添加产业链模板“${names.join('、')}”`,
    en: `Add chain template${names.length > 1 ? 's' : ''} "${names.join('", "')}"`,
  };
}

/**
 * Adds every template in one transaction, as one undoable edit. When a chain of the same name exists
 * and no choice was given, nothing is written and the conflicts come back, so the user can be asked.
 */
function addAll(ws: Workspace, items: readonly Placed[], onConflict?: ConflictChoice): AddResult[] {
  return editWorkspaceNow(ws, addLabel(items), () => {
    const before = existing(ws);
    const conflicts: AddResult[] = [];
    for (const { template: t, target } of items) {
      assertCluster(before, target);
      const plan = planAdd(before, { name: t.name, rows: templateRows(t) }, target, onConflict);
      if (plan.kind === 'conflict')
        conflicts.push({
          status: 'conflict',
          templateName: t.name,
          chainId: plan.chainId,
          chainName: plan.chainName,
        });
    }
    if (conflicts.length > 0) return conflicts;
    return items.map(({ template: t, target }) => {
      // Planned against what the earlier templates of this call have just written.
      const plan = planAdd(
        existing(ws),
        { name: t.name, rows: templateRows(t) },
        target,
        onConflict,
      );
      if (plan.kind === 'conflict') throw new Error('a conflict after the check');
      const result = applyPlan(ws, plan, plan.kind === 'merge' ? null : t.description || null);
      return result;
    });
  });
}

export function addTemplate(
  ws: Workspace,
  templateId: string,
  target: TemplateTarget,
  onConflict?: ConflictChoice,
): AddResult {
  const [result] = addAll(ws, [{ template: libraryTemplate(templateId), target }], onConflict);
  if (!result)
    throw new AppError('INTERNAL', '模板未能添加', undefined, 'The template was not added');
  return result;
}

export type SheetImportResult = { issues: TemplateIssue[]; results: AddResult[] };

/**
 * Reads a shared template spreadsheet in the sandboxed parser process and adds its chains; any bad
 * row (named by file, sheet, row and column) stops the whole file and nothing is written.
 */
export async function importTemplateSheet(
  ws: Workspace,
  file: { name: string; bytes: Uint8Array },
  target: TemplateTarget | 'suggested',
  onConflict?: ConflictChoice,
  transport: ParseTransport = defaultTransport(),
): Promise<SheetImportResult> {
  let parsed: { templates: SheetTemplate[]; issues: TemplateIssue[] };
  try {
    const wb = await transport.parse({ name: file.name, bytes: file.bytes });
    parsed = templatesFromSheets(file.name, wb.sheets);
  } catch (e) {
    if (!(e instanceof FileRejectedError)) throw e;
    const issue = {
      file: file.name,
      sheet: '',
      row: 0,
      column: '',
      zh: e.messageZh,
      en: e.messageEn,
    };
    return { issues: [issue], results: [] };
  }
  if (parsed.issues.length > 0) return { issues: parsed.issues, results: [] };
  // Without a chosen cluster each chain goes to the cluster its rows name (or 未分类).
  const items = parsed.templates.map((t) => ({
    template: t,
    target: target === 'suggested' ? { newCluster: t.cluster ?? '未分类' } : target,
  }));
  return { issues: [], results: addAll(ws, items, onConflict) };
}
