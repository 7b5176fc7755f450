// `import --db FILE --file X [--file Y …] [--dry-run] [--accept-warnings] [--skip-invalid] [--json]`:
// reads spreadsheets into a workspace. Exit 1 and nothing written while errors remain (unless
// --skip-invalid, which writes the valid rows and the others to a file to fix), or warnings remain
// without --accept-warnings. Prints each row's changes and the analysis consequences.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import {
  commitImport,
  ImportRejectedError,
  prepareImport,
  previewConsequences,
  type PreparedImport,
} from '../../core/import/import-service.js';
import { rejectedFileName } from '../../core/import/rejected-rows.js';
import { FileRejectedError } from '../../core/import/file-rejected.js';
import { readInputFile } from '../../core/import/read-input-file.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import { CLI_WRITER } from '../writer.js';
import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import { parseDecides, parseIds, parseMatches, parseReplace } from './import-args.js';
import { formatPreview } from './import-format.js';
import { formatConsequences, formatRows } from './import-rows-format.js';

/** The preview as text: counts and issues, every changed row, and the analysis consequences. */
const previewText = (
  ws: Parameters<typeof previewConsequences>[0],
  prepared: PreparedImport,
): string =>
  [
    formatPreview(prepared.preview),
    '',
    formatRows(prepared.plan.rows),
    '',
    formatConsequences(previewConsequences(ws, prepared)),
  ].join('\n');

const usage = `用法 / usage: npm run cli -- import --db FILE --file X [--file Y …] [--dry-run] [--accept-warnings] [--json]

  --db FILE           工作区文件（须已存在，可用 init 创建） / existing workspace file
  --file X            要导入的 .xlsx/.xls/.ods/.et/.csv（可多次） / file to import (repeatable)
  --dry-run           只检查并显示将发生的变化，不写入 / check and show the plan, write nothing
  --accept-warnings   接受警告并导入 / import even though warnings remain
  --encoding ENC      CSV 编码（utf-8、gb18030、big5…），默认自动识别 / CSV encoding, default: detect
  --match 名称=ID      名称对应工作区多家企业时，指定对应企业的 ID（或 =new 表示新企业），可多次 /
                      which firm an ambiguous name means (firm id, or "new"); repeatable
  --decide 键=ID|new   疑似重复企业：同一企业填其 ID，不同企业填 new（键见预览），可多次 /
                      possible duplicate: the firm id (same firm) or new (another firm), key as printed
  --accept-name ID    接受文件中该企业的新名称（旧名称保留为别名），可多次 / accept the file's new name
  --replace LIST      以文件为准替换（tags,segments,links），被移除的内容会列出 / replace instead of merge
  --skip-invalid      导入有效行，跳过有问题的行（及依赖它们的行） / import the valid rows, skip the others
  --rejected-out F    跳过的行写入此 .xlsx（含“问题”列），默认在第一个输入文件旁 /
                      where the skipped rows go (.xlsx with a 问题 column); default beside the first file
  --progress          在标准错误输出写入进度 / print commit progress to stderr
  --json              以 JSON 输出 / print JSON`;

export const importCommand: Command = {
  name: 'import',
  summary: '导入表格（企业、供应关系、产业链、线索） / import spreadsheets',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      file: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      'accept-warnings': { type: 'boolean' },
      encoding: { type: 'string' },
      progress: { type: 'boolean' },
      match: { type: 'string', multiple: true },
      decide: { type: 'string', multiple: true },
      'accept-name': { type: 'string', multiple: true },
      replace: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      'rejected-out': { type: 'string' },
      json: { type: 'boolean' },
    });
    const decisions = {
      ...parseMatches((values['match'] as string[] | undefined) ?? []),
      ...parseDecides((values['decide'] as string[] | undefined) ?? []),
    };
    const acceptNames = parseIds(
      (values['accept-name'] as string[] | undefined) ?? [],
      '--accept-name',
    );
    const replace = parseReplace(values['replace'] as string | undefined);
    const skipInvalid = values['skip-invalid'] === true;
    const files = (values['file'] as string[] | undefined) ?? [];
    if (files.length === 0) throw new UsageError('缺少参数 --file / missing --file');
    const db = existingWorkspaceFile(values);
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length > 0) {
      io.err(`文件不存在 / file not found: ${missing.join(', ')}`);
      return EXIT.rejected;
    }
    const encoding = typeof values['encoding'] === 'string' ? values['encoding'] : undefined;
    const json = values['json'] === true;
    const ws = openWorkspace(db, CLI_WRITER);
    try {
      const sources = files.map((f) => ({
        name: basename(f),
        bytes: readInputFile(f),
        ...(encoding ? { encoding } : {}),
      }));
      const prepared = await prepareImport(ws, sources, {
        decisions,
        ...(acceptNames.length > 0 ? { acceptNames } : {}),
        ...(replace.length > 0 ? { replace } : {}),
      });
      const preview = prepared.preview;
      const rowErrors = preview.issues.some((i) => i.severity === 'error' && i.row > 0);
      const sheetErrors = preview.issues.some((i) => i.severity === 'error' && i.row === 0);
      // With --skip-invalid, row errors skip rows; warnings are checked again on the rows written.
      const blocked =
        sheetErrors ||
        (rowErrors && !skipInvalid) ||
        (!skipInvalid && preview.warnings > 0 && values['accept-warnings'] !== true);
      if (values['dry-run'] === true || blocked) {
        io.out(
          json
            ? JSON.stringify({
                committed: false,
                dryRun: values['dry-run'] === true,
                ...preview,
                rows: prepared.plan.rows,
                consequences: previewConsequences(ws, prepared),
              })
            : previewText(ws, prepared),
        );
        if (blocked) {
          io.err(
            preview.errors > 0
              ? `有 ${preview.errors} 个错误，未写入任何数据 / ${preview.errors} error(s): nothing written`
              : `有 ${preview.warnings} 个警告，未写入；确认后加 --accept-warnings / ${preview.warnings} warning(s): nothing written; re-run with --accept-warnings`,
          );
        }
        return blocked ? EXIT.rejected : EXIT.ok;
      }
      const progress =
        values['progress'] === true
          ? (p: ImportProgress) => {
              // Only rows actually written, from inside the transaction (the kill test relies on it).
              if (p.phase === 'writing' && p.done)
                process.stderr.write(`写入 / writing ${String(p.done)}/${String(p.total ?? 0)}\n`);
            }
          : undefined;
      const consequences = previewConsequences(ws, prepared);
      const result = await commitImport(ws, prepared, {
        acceptWarnings: values['accept-warnings'] === true || !skipInvalid,
        skipInvalid,
        ...(progress ? { onProgress: progress } : {}),
      });
      let rejectedOut: string | null = null;
      if (result.rejectedXlsx) {
        const first = files[0] ?? 'import';
        rejectedOut =
          (values['rejected-out'] as string | undefined) ??
          join(dirname(first), rejectedFileName(basename(first)));
        writeFileSync(rejectedOut, result.rejectedXlsx);
      }
      const skipped = result.skipped.length;
      io.out(
        json
          ? JSON.stringify({
              committed: true,
              dryRun: false,
              runId: result.runId,
              backup: result.backupFile,
              ...result.preview,
              rows: prepared.plan.rows,
              consequences,
              skipped: result.skipped,
              rejectedOut,
            })
          : [
              formatPreview(result.preview),
              '',
              formatRows(prepared.plan.rows),
              '',
              formatConsequences(consequences),
              '',
              `已导入（记录 #${result.runId}），导入前备份：${result.backupFile ?? '无'} / imported (run #${result.runId}), backup: ${result.backupFile ?? 'none'}`,
              ...(rejectedOut
                ? [
                    `跳过 ${skipped} 行有问题的数据，已写入 ${rejectedOut}（修改后可再次导入） / skipped ${skipped} row(s), written to ${rejectedOut} to fix and import again`,
                  ]
                : []),
            ].join('\n'),
      );
      return EXIT.ok;
    } catch (e) {
      // A folder, pipe, device, oversized or changing file: refused before anything is parsed.
      if (e instanceof FileRejectedError) {
        io.err(`${e.messageZh}\n${e.messageEn}`);
        return EXIT.rejected;
      }
      if (e instanceof ImportRejectedError) {
        io.out(
          json
            ? JSON.stringify({ committed: false, dryRun: false, ...e.preview })
            : formatPreview(e.preview),
        );
        io.err(`${e.message}\n${e.en}`);
        return EXIT.rejected;
      }
      throw e;
    } finally {
      closeWorkspace(ws);
    }
  },
};
