// Import use-cases: read files in the parser child, recognise sheets, plan against the workspace
// (dry run: counts, every row, the analysis consequences), then commit in ONE transaction after an
// automatic backup, recording an import_run — everything, or on request only the valid rows.
// Path-free: callers pass names and bytes, so the renderer can upload files.
import { createHash } from 'node:crypto';

import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { ImportConsequences, RowFilter } from '../../../shared/ipc/import-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { sheetKey, type Extracted } from '../../../shared/spreadsheet/extract-drafts.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import type { ImportPlan, MatchDecisions } from '../../../shared/spreadsheet/plan-types.js';
import type { ImportIssue, WorkbookData } from '../../../shared/spreadsheet/types.js';
import {
  applyPlan,
  insertImportRun,
  saveMappingMemory,
  saveMatchDecisions,
} from '../repositories/import-repository.js';
import { deferNewFirmKeys, fillSearchKeysSoon } from '../db/search-keys.js';
import { analysisSettings, loadWorkspaceData } from '../services/analysis-service.js';
import type { Workspace } from '../services/workspace.js';
import { writeWorkspace } from '../services/write.js';
import { assertWritable, startBackup, type PendingBackup } from '../backup/workspace-backup.js';
import { FileRejectedError } from './file-rejected.js';
import { importConsequences } from './import-consequences.js';
import { opCount, reporter, turn, type OnProgress } from './import-progress.js';
import { pageRows } from './import-rows.js';
import { originKey, planValidRows, type SkippedRow } from './partial-plan.js';
import { defaultTransport, type ParseTransport } from './parse-transport.js';
import {
  decisionsOf,
  extractWith,
  planOptionsOf,
  planWith,
  summarise,
  workspaceVersion,
  type FileSummary,
  type ImportPreview,
  type PlanChoices,
} from './plan-workbooks.js';
import { rejectedWorkbook } from './rejected-rows.js';
import { warmPlanner } from './warm-planner.js';
export type { OnProgress } from './import-progress.js';
export type { FileSummary, ImportPreview } from './plan-workbooks.js';

export type ImportSource = { name: string; bytes: Uint8Array; encoding?: string };

export type ImportOptions = PlanChoices & {
  transport?: ParseTransport;
  /** Aborting it stops reading (the parser process is killed) and rejects with AppError CANCELLED. */
  signal?: AbortSignal;
  /** Told each file as it is read and replied, then the rows checked and the entities planned. */
  onProgress?: OnProgress;
};

export type PreparedImport = {
  preview: ImportPreview;
  workbooks: WorkbookData[];
  options: ImportOptions;
  startedAt: string;
  /** The plan, what it was made from, and the workspace version; reused at commit if nothing changed. */
  plan: ImportPlan;
  extracted: Extracted;
  data: WorkspaceData;
  version: string;
  /** Computed on the first request (it runs the segment analysis twice). */
  consequences?: ImportConsequences;
};

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const cancelled = (): AppError =>
  new AppError('CANCELLED', '已取消导入', undefined, 'Import cancelled');

/**
 * Gets ready before the user chooses a file (the import page opened), so the wait after choosing
 * is the import itself: starts a reader process (when the transport keeps one; a test's in-process
 * reader does not) and, while it starts, runs the planner once over a made-up register. Resolves
 * when the reader is ready.
 */
export async function prepareReader(transport: ParseTransport = defaultTransport()): Promise<void> {
  const reader = transport.warm?.() ?? Promise.resolve();
  // After the caller has answered: each round of the planner's warm-up holds this process a moment.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all([warmPlanner(), reader]);
}

/** Reads every file (in the parser child) and plans against the workspace; writes nothing. */
export async function prepareImport(
  ws: Workspace,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): Promise<PreparedImport> {
  const startedAt = new Date().toISOString();
  const transport = options.transport ?? defaultTransport();
  const report = reporter(options.onProgress);
  const workbooks: WorkbookData[] = [];
  const files: FileSummary[] = [];
  const fileIssues: ImportIssue[] = [];
  const fileCount = sources.length;
  // What planning reads from the workspace (its version first: a write after it makes the commit
  // replan). Read while the parser child works on the first file, so a large workspace costs no wait.
  let snapshot: { version: string; data: WorkspaceData } | undefined;
  const readSnapshot = () => ({ version: workspaceVersion(ws), data: loadWorkspaceData(ws) });
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
      if (options.signal?.aborted) throw cancelled();
      const parsing = transport.parse(
        { name: src.name, bytes: src.bytes, ...(src.encoding ? { encoding: src.encoding } : {}) },
        options.signal,
      );
      // Awaited below; a failure reading the workspace first must not leave it unhandled.
      parsing.catch(() => undefined);
      snapshot ??= readSnapshot();
      const wb = await parsing;
      workbooks.push(wb);
      summary.format = wb.format;
      summary.encoding = wb.encoding ?? null;
    } catch (e) {
      if (!(e instanceof FileRejectedError)) throw e;
      if (e.code === 'CANCELLED') throw cancelled();
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
  const { version, data: before } = snapshot ?? readSnapshot();
  const extracted = extractWith(ws, workbooks, options);
  report({ phase: 'checking', done: rows, total: rows });
  // Drafts per entity; `rows` (every row as read, for the row preview) is not an entity list.
  const { rows: _asRead, ...entityDrafts } = extracted.drafts;
  const entities = Object.values(entityDrafts).reduce((n, list) => n + list.length, 0);
  report({ phase: 'planning', done: 0, total: entities });
  await turn(options.signal);
  const { plan, data, sheets, issues } = planWith(ws, extracted, options, before);
  report({ phase: 'planning', done: entities, total: entities });
  // A poll that arrived during the (synchronous) planning is answered before the preview returns
  // and its progress is cleared, so a long plan still shows its step.
  await turn(options.signal);
  for (const s of sheets) files.find((f) => f.name === s.file)?.sheets.push(s);
  const preview = summarise(files, plan, [...fileIssues, ...issues]);
  return { preview, workbooks, options, startedAt, plan, extracted, data, version };
}

/** One page of the previewed rows (see import-rows.ts). */
export const previewRows = (
  prepared: PreparedImport,
  query: { filter: RowFilter; text?: string | undefined; offset: number; limit: number },
) => pageRows(prepared.plan.rows, query);

/**
 * Segment states before and after the import. The plan is applied to an in-memory copy of the
 * snapshot it was made from rather than written and rolled back: the workspace file is never
 * written nor locked by a preview, and the copy is cheap next to the analysis itself.
 */
export function previewConsequences(ws: Workspace, prepared: PreparedImport): ImportConsequences {
  prepared.consequences ??= importConsequences(prepared.data, prepared.plan, analysisSettings(ws));
  return prepared.consequences;
}

export type CommitOptions = {
  acceptWarnings?: boolean;
  /** Write the valid rows, skip the rows with errors and those depending on them (partial import). */
  skipInvalid?: boolean;
  backup?: boolean;
  /**
   * Told 'backup', then 'writing' with done/total operations every ~2,000 from inside the write
   * transaction, then 'done'. Called synchronously there: it must only record, never do I/O.
   */
  onProgress?: OnProgress;
};
export type CommitResult = {
  runId: number;
  backupFile: string | null;
  preview: ImportPreview;
  /** Partial import: the rows left out, and an .xlsx of them with a 问题 column (null if none). */
  skipped: SkippedRow[];
  rejectedXlsx: Buffer | null;
};

export class ImportRejectedError extends Error {
  constructor(
    readonly preview: ImportPreview,
    /** Chinese, as `message`; `en` is the same in English. */
    message: string,
    readonly en: string,
  ) {
    super(message);
  }
}

/** The plan to write: all rows, or with skipInvalid the rows that stay valid without the bad ones. */
function finalPlan(ws: Workspace, prepared: PreparedImport, skipInvalid: boolean) {
  const fileIssues = prepared.preview.issues.filter((i) => i.code === 'FILE_REJECTED');
  const stale = workspaceVersion(ws) !== prepared.version;
  if (!skipInvalid) {
    if (!stale) return { plan: prepared.plan, preview: prepared.preview, skipped: [] };
    const again = planWith(
      ws,
      extractWith(ws, prepared.workbooks, prepared.options),
      prepared.options,
    );
    const preview = summarise(prepared.preview.files, again.plan, [...fileIssues, ...again.issues]);
    return { plan: again.plan, preview, skipped: [] };
  }
  const { extracted, options } = prepared;
  const data = stale ? loadWorkspaceData(ws) : prepared.data;
  const partial = planValidRows(
    extracted.drafts,
    extracted.issues,
    data,
    decisionsOf(ws, options),
    planOptionsOf(options, ws),
  );
  // Every skipped row counts as rejected for its kind (read-rejected rows are among them).
  const kindOf = new Map(extracted.drafts.rows.map((r) => [originKey(r.origin), r.kind]));
  for (const row of partial.skipped) {
    const kind = kindOf.get(originKey(row.origin));
    if (kind) partial.plan.counts[kind].rejected++;
  }
  const preview = summarise(prepared.preview.files, partial.plan, [
    ...fileIssues,
    ...partial.issues,
  ]);
  return { plan: partial.plan, preview, skipped: partial.skipped };
}

/**
 * Writes the import: refuses (writing nothing) while errors remain — with skipInvalid, only errors
 * that are not a row's (a file or sheet) — or warnings remain without acceptWarnings. The plan is
 * made again inside the transaction when the workspace changed since the dry run (or rows are skipped).
 */
export async function commitImport(
  ws: Workspace,
  prepared: PreparedImport,
  options: CommitOptions = {},
): Promise<CommitResult> {
  const skipInvalid = options.skipInvalid === true;
  const check = (p: ImportPreview): void => {
    const errors = skipInvalid
      ? p.issues.filter((i) => i.severity === 'error' && i.row === 0).length
      : p.errors;
    if (errors > 0)
      throw new ImportRejectedError(
        p,
        `导入被拒绝：仍有 ${errors} 个错误`,
        `Import rejected: ${errors} error(s) remain`,
      );
    if (p.warnings > 0 && !options.acceptWarnings) {
      throw new ImportRejectedError(
        p,
        `导入被拒绝：有 ${p.warnings} 个警告未确认`,
        `Import rejected: ${p.warnings} warning(s) not accepted`,
      );
    }
  };
  // A cheap first check before the backup; the plan actually written is checked again below.
  if (!skipInvalid) check(prepared.preview);
  else if (prepared.preview.issues.some((i) => i.severity === 'error' && i.row === 0))
    check(prepared.preview);
  const report = reporter(options.onProgress);
  // A read-only or locked workspace is refused before a backup is made (nothing will be written).
  assertWritable(ws);
  let backup: PendingBackup | null = null;
  try {
    report({ phase: 'backup' });
    if (options.backup !== false) backup = await startBackup(ws, 'import');
  } catch (e) {
    // No backup, no import: the promise to the user is that the previous state can be restored.
    throw new AppError(
      'REJECTED',
      `无法创建导入前备份，未写入任何数据：${e instanceof Error ? e.message : String(e)}`,
      undefined,
      `Could not back up the workspace before importing; nothing written: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  let written = { done: 0, total: opCount(prepared.plan) };
  report({ phase: 'writing', ...written });
  // One turn so a poll waiting now sees 'writing': the transaction below blocks this process.
  await turn();
  // The one write path, as a barrier: undo cannot step back over an import.
  const run = () => {
    const { plan, preview, skipped } = finalPlan(ws, prepared, skipInvalid);
    // With skipped rows the preview's remaining issues are warnings of written rows only.
    check(skipInvalid ? { ...preview, errors: 0 } : preview);
    // New firms' search keys (pinyin) are written right after the import has answered.
    const ids = deferNewFirmKeys(ws.db, () =>
      applyPlan(ws.db, plan, (done, total) => {
        written = { done, total };
        report({ phase: 'writing', done, total });
      }),
    );
    remember(ws, prepared, preview, plan, ids);
    // What the user is shown afterwards also says why each skipped row was left out.
    const reported =
      skipped.length > 0
        ? summarise(preview.files, plan, [...preview.issues, ...skipped.flatMap((r) => r.issues)])
        : preview;
    const runId = insertImportRun(ws.db, {
      startedAt: prepared.startedAt,
      files: reported.files.map((f) => ({
        name: f.name,
        sha256: f.sha256,
        format: f.format,
        encoding: f.encoding?.name ?? null,
      })),
      counts: reported.counts,
      issues: reported.issues.slice(0, 2000),
      // Rows were left out: the history must not show it as a complete import.
      status: skipped.length > 0 ? 'partial' : 'committed',
    });
    return { runId, preview: reported, skipped };
  };
  let committed: ReturnType<typeof run>;
  try {
    committed = writeWorkspace(ws, run, { barrier: 'import' });
  } catch (e) {
    // Nothing was written, so the copy protects nothing: it must not push out a real backup.
    backup?.discard();
    throw e;
  }
  const { runId, preview, skipped } = committed;
  const backupFile = backup?.keep() ?? null;
  report({ phase: 'done', done: written.total, total: written.total });
  const rejectedXlsx = await rejectedWorkbook(
    skipped,
    prepared.workbooks,
    prepared.extracted.sheets,
  );
  void fillSearchKeysSoon(ws.db);
  return { runId, backupFile, preview, skipped, rejectedXlsx };
}

/** Confirmed mappings by header signature, and match answers ("new" as the firm it created). */
function remember(
  ws: Workspace,
  prepared: PreparedImport,
  preview: ImportPreview,
  plan: ImportPlan,
  ids: ReadonlyMap<number, number>,
): void {
  for (const [sheet, mapping] of Object.entries(prepared.options.mappings ?? {})) {
    const summary = preview.files
      .flatMap((f) => f.sheets)
      .find((s) => sheetKey(s.file, s.sheet) === sheet);
    if (summary?.signature) saveMappingMemory(ws.db, summary.signature, mapping);
  }
  const decisions: MatchDecisions = {};
  for (const [key, v] of Object.entries(prepared.options.decisions ?? {})) {
    const created =
      v === 'new'
        ? plan.ops.enterprises.find((e) => e.isNew && nameKey(e.record.name) === key)
        : undefined;
    decisions[key] = created ? (ids.get(created.ref) ?? 'new') : v;
  }
  saveMatchDecisions(ws.db, decisions);
}
