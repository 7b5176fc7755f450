// Import use-cases: read files in the parser child, recognise sheets, plan against the workspace
// (dry run), then commit everything in ONE transaction after an automatic backup, recording an
// import_run. Path-free: callers pass names and bytes, so the renderer can upload files.
import { createHash } from 'node:crypto';

import { AppError } from '../../../shared/ipc/result.js';
import {
  extractDrafts,
  sheetKey,
  type Extracted,
  type SheetSummary,
} from '../../../shared/spreadsheet/extract-drafts.js';
import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import { planImport } from '../../../shared/spreadsheet/plan-import.js';
import type {
  AmbiguousMatch,
  Counts,
  ImportPlan,
  MatchDecisions,
} from '../../../shared/spreadsheet/plan-types.js';
import type { EntityKind, ImportIssue, WorkbookData } from '../../../shared/spreadsheet/types.js';
import {
  applyPlan,
  insertImportRun,
  readMappingMemory,
  readMatchDecisions,
  saveMappingMemory,
  saveMatchDecisions,
} from '../repositories/import-repository.js';
import { loadWorkspaceData } from '../services/analysis-service.js';
import type { Workspace } from '../services/workspace.js';
import { backupWorkspace } from './backup.js';
import { FileRejectedError } from './file-rejected.js';
import { opCount, reporter, turn, type OnProgress } from './import-progress.js';
export type { OnProgress } from './import-progress.js';
import { childProcessTransport, type ParseTransport } from './parse-transport.js';

export type ImportSource = { name: string; bytes: Uint8Array; encoding?: string };

export type ImportOptions = {
  /** User-confirmed mappings by `${file}\0${sheet}` (see sheetKey); remembered on commit. */
  mappings?: Record<string, MappingOverride>;
  /** Answers for ambiguous name matches; remembered on commit. */
  decisions?: MatchDecisions;
  transport?: ParseTransport;
  /** Aborting it stops reading (the parser process is killed) and rejects with AppError CANCELLED. */
  signal?: AbortSignal;
  /** Told each file as it is read and replied, then the rows checked and the entities planned. */
  onProgress?: OnProgress;
};

export type FileSummary = {
  name: string;
  sha256: string;
  format: WorkbookData['format'] | null;
  encoding: { name: string; confident: boolean } | null;
  sheets: SheetSummary[];
};

export type ImportPreview = {
  files: FileSummary[];
  counts: Record<EntityKind, Counts>;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
  errors: number;
  warnings: number;
};

export type PreparedImport = {
  preview: ImportPreview;
  workbooks: WorkbookData[];
  options: ImportOptions;
  startedAt: string;
  /** The plan and the workspace version it was made against; reused at commit if nothing changed. */
  plan: ImportPlan;
  version: string;
};

/** Changes when this connection writes (total_changes) or another one commits (data_version). */
const workspaceVersion = (ws: Workspace): string =>
  `${String(ws.db.pragma('data_version', { simple: true }))}:${String((ws.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n)}`;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Reads every file (in the parser child) and plans against the workspace; writes nothing. */
export async function prepareImport(
  ws: Workspace,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): Promise<PreparedImport> {
  const startedAt = new Date().toISOString();
  const transport = options.transport ?? childProcessTransport();
  const report = reporter(options.onProgress);
  const workbooks: WorkbookData[] = [];
  const files: FileSummary[] = [];
  const fileIssues: ImportIssue[] = [];
  const fileCount = sources.length;
  for (const [i, src] of sources.entries()) {
    const reading = { phase: 'reading', file: src.name, fileIndex: i + 1, fileCount } as const;
    report({ ...reading, done: i, total: fileCount });
    const summary: FileSummary = {
      name: src.name,
      sha256: sha256(src.bytes),
      format: null,
      encoding: null,
      sheets: [],
    };
    files.push(summary);
    try {
      if (options.signal?.aborted) throw new AppError('CANCELLED', '已取消导入 / import cancelled');
      const wb = await transport.parse(
        {
          name: src.name,
          bytes: src.bytes,
          ...(src.encoding ? { encoding: src.encoding } : {}),
        },
        options.signal,
      );
      workbooks.push(wb);
      summary.format = wb.format;
      summary.encoding = wb.encoding ?? null;
    } catch (e) {
      if (!(e instanceof FileRejectedError)) throw e;
      if (e.code === 'CANCELLED') throw new AppError('CANCELLED', '已取消导入 / import cancelled');
      fileIssues.push({
        file: src.name,
        sheet: '',
        row: 0,
        column: '',
        severity: 'error',
        code: 'FILE_REJECTED',
        messageZh: e.messageZh,
        messageEn: e.messageEn,
      });
    }
    report({ ...reading, done: i + 1, total: fileCount });
  }
  // Checking and planning run in this process; a turn of the event loop before each lets a
  // progress poll (and a cancel) be answered in between.
  const rows = workbooks.reduce((n, wb) => n + wb.sheets.reduce((m, s) => m + s.rows.length, 0), 0);
  report({ phase: 'checking', done: 0, total: rows });
  await turn(options.signal);
  // Taken before anything is read from the workspace: a write after this point makes the commit replan.
  const version = workspaceVersion(ws);
  const extracted = extractWith(ws, workbooks, options);
  report({ phase: 'checking', done: rows, total: rows });
  const entities = Object.values(extracted.drafts).reduce((n, list) => n + list.length, 0);
  report({ phase: 'planning', done: 0, total: entities });
  await turn(options.signal);
  const { plan, sheets, issues } = planWith(ws, extracted, options);
  report({ phase: 'planning', done: entities, total: entities });
  for (const s of sheets) files.find((f) => f.name === s.file)?.sheets.push(s);
  const all = [...fileIssues, ...issues];
  return { preview: summarise(files, plan, all), workbooks, options, startedAt, plan, version };
}

const extractWith = (ws: Workspace, workbooks: readonly WorkbookData[], options: ImportOptions) =>
  extractDrafts(workbooks, {
    bySheet: options.mappings ?? {},
    bySignature: readMappingMemory(ws.db),
  });

function planWith(ws: Workspace, extracted: Extracted, options: ImportOptions) {
  const decisions = { ...readMatchDecisions(ws.db), ...options.decisions };
  const plan = planImport(extracted.drafts, loadWorkspaceData(ws), decisions);
  // Rows rejected while reading them count as rejected for their sheet's kind.
  for (const s of extracted.sheets)
    if (s.mapping) plan.counts[s.mapping.kind].rejected += s.rejectedRows;
  return { plan, sheets: extracted.sheets, issues: [...extracted.issues, ...plan.issues] };
}

const planAgainst = (ws: Workspace, workbooks: readonly WorkbookData[], options: ImportOptions) =>
  planWith(ws, extractWith(ws, workbooks, options), options);

function summarise(files: FileSummary[], plan: ImportPlan, issues: ImportIssue[]): ImportPreview {
  return {
    files,
    counts: plan.counts,
    issues,
    ambiguous: plan.ambiguous,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}

export type CommitOptions = {
  acceptWarnings?: boolean;
  backup?: boolean;
  /**
   * Told 'backup', then 'writing' with done/total operations every ~2,000 from inside the write
   * transaction, then 'done'. Called synchronously there: it must only record, never do I/O.
   */
  onProgress?: OnProgress;
};
export type CommitResult = { runId: number; backupFile: string | null; preview: ImportPreview };

export class ImportRejectedError extends Error {
  constructor(
    readonly preview: ImportPreview,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Writes the import: refuses (writing nothing) while errors remain, or warnings remain without
 * acceptWarnings. If the workspace changed since the dry run, the plan is recomputed inside the
 * transaction so it matches the workspace as it is.
 */
export async function commitImport(
  ws: Workspace,
  prepared: PreparedImport,
  options: CommitOptions = {},
): Promise<CommitResult> {
  const check = (p: ImportPreview): void => {
    if (p.errors > 0)
      throw new ImportRejectedError(
        p,
        `导入被拒绝：仍有 ${p.errors} 个错误 / import rejected: ${p.errors} error(s) remain`,
      );
    if (p.warnings > 0 && !options.acceptWarnings) {
      throw new ImportRejectedError(
        p,
        `导入被拒绝：有 ${p.warnings} 个警告未确认 / import rejected: ${p.warnings} warning(s) not accepted`,
      );
    }
  };
  check(prepared.preview);
  const report = reporter(options.onProgress);
  let backupFile: string | null = null;
  try {
    report({ phase: 'backup' });
    if (options.backup !== false) backupFile = await backupWorkspace(ws);
  } catch (e) {
    // No backup, no import: the promise to the user is that the previous state can be restored.
    throw new AppError(
      'REJECTED',
      `无法创建导入前备份，未写入任何数据：${e instanceof Error ? e.message : String(e)} / could not back up the workspace before importing; nothing written`,
    );
  }
  const fileIssues = prepared.preview.issues.filter((i) => i.code === 'FILE_REJECTED');
  let written = { done: 0, total: opCount(prepared.plan) };
  report({ phase: 'writing', ...written });
  // One turn so a poll waiting now sees 'writing': the transaction below blocks this process.
  await turn();
  const run = ws.db.transaction(() => {
    let plan = prepared.plan;
    let preview = prepared.preview;
    if (workspaceVersion(ws) !== prepared.version) {
      const again = planAgainst(ws, prepared.workbooks, prepared.options);
      plan = again.plan;
      preview = summarise(prepared.preview.files, plan, [...fileIssues, ...again.issues]);
      check(preview);
    }
    const ids = applyPlan(ws.db, plan, (done, total) => {
      written = { done, total };
      report({ phase: 'writing', done, total });
    });
    for (const [sheet, mapping] of Object.entries(prepared.options.mappings ?? {})) {
      const summary = preview.files
        .flatMap((f) => f.sheets)
        .find((s) => sheetKey(s.file, s.sheet) === sheet);
      if (summary?.signature) saveMappingMemory(ws.db, summary.signature, mapping);
    }
    // A "new firm" answer is remembered as the firm it created, so next month's file matches it.
    const decisions: MatchDecisions = {};
    for (const [key, v] of Object.entries(prepared.options.decisions ?? {})) {
      const created =
        v === 'new'
          ? plan.ops.enterprises.find((e) => e.isNew && nameKey(e.record.name) === key)
          : undefined;
      decisions[key] = created ? (ids.get(created.ref) ?? 'new') : v;
    }
    saveMatchDecisions(ws.db, decisions);
    const runId = insertImportRun(ws.db, {
      startedAt: prepared.startedAt,
      files: preview.files.map((f) => ({
        name: f.name,
        sha256: f.sha256,
        format: f.format,
        encoding: f.encoding?.name ?? null,
      })),
      counts: preview.counts,
      issues: preview.issues.slice(0, 2000),
      status: 'committed',
    });
    return { runId, preview };
  });
  const { runId, preview } = run.immediate();
  report({ phase: 'done', done: written.total, total: written.total });
  return { runId, backupFile, preview };
}
